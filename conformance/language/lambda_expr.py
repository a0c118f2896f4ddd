# lambda expressions.
sq = lambda x: x * x
print(sq(7), sq.__name__, sq.__qualname__)
print((lambda: 'no args')())
print((lambda *a, **k: (a, k))(1, 2, x=3))
print((lambda a, b=10, *, c=20: a + b + c)(1, c=2))
print((lambda a, /, b: a - b)(5, b=2))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])))
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
print((lambda x: (yield x))(1).__class__.__name__)
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print([(lambda: i)() for i in range(3)])
y = 5
capture = lambda: y
y = 6
print(capture())
print((lambda: None)())
def outer():
    z = 1
    return lambda: z
print(outer()(), outer().__qualname__)
try:
    sq()
except TypeError as e:
    print(e)
