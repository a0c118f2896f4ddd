# lambda: defaults, keyword-only, varargs, closures, immediately invoked, names.
f = lambda a, b=2, *args, c, d=4, **kw: (a, b, args, c, d, kw)
print(f(1, c=3), f(1, 2, 3, c=0, e=5))
print((lambda: "iife")(), (lambda *a: a)(1, 2), (lambda **k: k)(x=1))
print(f.__name__, f.__qualname__, (lambda: 0).__code__.co_name)
def outer():
    return lambda: lambda: "deep"
print(outer()()(), outer().__qualname__)
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(list(map(lambda x, y: x * y, [1, 2], [3, 4])))
try:
    f(1)
except TypeError as e:
    print(e)
pos = lambda x, /, y: (x, y)
try:
    pos(x=1, y=2)
except TypeError as e:
    print(e)
print((lambda x=(lambda: 5)(): x)())
print((lambda: (yield))().__class__.__name__)
