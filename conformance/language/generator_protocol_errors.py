# Generator protocol errors: send to a new generator, running generator, exhausted, bad throw.
def gen():
    yield 1
    yield 2
g = gen()
try:
    g.send(5)
except TypeError as e:
    print("TypeError", e)
print(next(g), g.send("x"))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    g.send(None)
except StopIteration:
    print("still exhausted")
def selfref():
    yield next(me)
me = selfref()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)
g2 = gen()
for bad in [lambda: g2.throw(1), lambda: g2.throw(int)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
def ignores():
    tries = 0
    while True:
        try:
            yield
        except GeneratorExit:
            tries += 1
            if tries > 1:
                return
i = ignores()
next(i)
try:
    i.close()
except RuntimeError as e:
    print("RuntimeError", e)
i.close()
def raises_stop():
    yield 1
    raise StopIteration("inner")
try:
    list(raises_stop())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__, e.__cause__)
