# try/finally with return, break and continue: which value wins.
def f1():
    try:
        return "try"
    finally:
        print("finally runs")
print(f1())
def f2():
    try:
        return "try"
    finally:
        return "finally"
print(f2())
def f3():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(f3())
def f4():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("finally", i)
    return i
print(f4())
def f5():
    x = 1
    try:
        return x
    finally:
        x = 2
print(f5())
def f6():
    while True:
        try:
            return "from loop"
        finally:
            break
    return "after break"
print(f6())
def f7():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            continue
    return "continued past", i
print(f7())
def f8():
    try:
        try:
            return 1
        finally:
            raise TypeError("in finally")
    except TypeError as e:
        return "caught " + str(e)
print(f8())
def f9():
    log = []
    for i in range(2):
        try:
            try:
                log.append(("try", i))
                break
            finally:
                log.append(("inner", i))
        finally:
            log.append(("outer", i))
    return log
print(f9())
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
it = gen()
for v in it:
    print(v)
    break
it.close()
print("done")
