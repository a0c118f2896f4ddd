# StopIteration.value and SystemExit.code from their arguments, and StopIteration inside generators.
print(StopIteration().value, StopIteration(1).value, StopIteration(1, 2).value, StopIteration(None).value)
s = StopIteration("v"); s.value = "changed"; print(s.value, s.args)
print(SystemExit().code, SystemExit(3).code, SystemExit("msg").code, SystemExit(1, 2).code, SystemExit(None).code)
x = SystemExit(5); x.code = 9; print(x.code, x.args)
def g():
    yield 1
    raise StopIteration("inside")
try:
    list(g())
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))
def g2():
    return (yield 1)
it = g2(); next(it)
try:
    it.send("sent")
except StopIteration as e:
    print(e.value, e.args)
print(issubclass(SystemExit, Exception), issubclass(KeyboardInterrupt, BaseException), issubclass(StopAsyncIteration, Exception))
try:
    raise SystemExit(2)
except SystemExit as e:
    print("caught", e.code)
