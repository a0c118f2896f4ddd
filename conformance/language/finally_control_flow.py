# return/break/continue interacting with finally.
def ret_in_try():
    try:
        return "try"
    finally:
        print("finally runs before return")

def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"

def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return i

def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
            out.append(i)
        finally:
            continue
    return out

def return_value_evaluated_first():
    x = 1
    try:
        return x
    finally:
        x = 2

def nested():
    log = []
    for i in range(2):
        try:
            try:
                if i == 0:
                    continue
                return log
            finally:
                log.append(f"inner {i}")
        finally:
            log.append(f"outer {i}")
    return "unreachable"

print(ret_in_try())
print(finally_overrides())
print(finally_swallows())
print(break_in_finally())
print(continue_in_finally())
print(return_value_evaluated_first())
print(nested())
def while_break():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                break
        finally:
            print("finally", n)
    return n
print(while_break())
