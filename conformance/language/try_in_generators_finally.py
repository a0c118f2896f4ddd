# try/finally inside generators: finally runs on close, on exhaustion and on garbage-free early exit.
log = []
def g():
    try:
        for i in range(3):
            try:
                yield i
            finally:
                log.append(f"inner {i}")
    finally:
        log.append("outer")
for v in g():
    pass
print(log)
log.clear()
it = g()
next(it)
it.close()
print(log)
log.clear()
def early_return():
    try:
        yield 1
        return
    finally:
        log.append("finally after return")
print(list(early_return()), log)
def yield_in_finally():
    try:
        yield "body"
    finally:
        yield "from finally"
print(list(yield_in_finally()))
y = yield_in_finally()
next(y)
try:
    y.close()
except RuntimeError as e:
    print(e)
