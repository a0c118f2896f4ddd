# Generator functions: laziness, StopIteration, return values, gi_* attributes.
def gen(n):
    print("start")
    for i in range(n):
        print("yielding", i)
        yield i
    print("end")
    return "result"

g = gen(2)
print(type(g).__name__, g.__name__, g.__qualname__)
print(g.gi_running, g.gi_frame is not None, g.gi_suspended if hasattr(g, 'gi_suspended') else '-')
print(next(g))
print(g.gi_frame.f_lineno, g.gi_code.co_name)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", repr(e.value), e.args)
print(g.gi_frame)
try:
    next(g)
except StopIteration as e:
    print("again", repr(e.value))

print(list(gen(3)))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])

def empty():
    return
    yield
print(list(empty()))
print(iter(g) is g)
print(next(iter([]), 'default'), next(gen(0), 'dflt'))
gexpr = (x * x for x in range(4))
print(type(gexpr).__name__, sum(gexpr), sum(gexpr))
def yield_expr_value():
    x = yield
    print("got", x)
yv = yield_expr_value()
next(yv)
try:
    next(yv)
except StopIteration:
    print("done")
