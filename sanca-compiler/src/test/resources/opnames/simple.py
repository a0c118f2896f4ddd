import os
from sys import argv as args, path
def add(a, b):
    return a + b
def calls(f, xs, **kw):
    f(1, *xs, key=2, **kw)
    f(x=1, y=2)
    os.path.join("a", "b")
    xs.append(3)
    return len(xs)
def closure(n):
    def inner(m):
        return n + m
    return inner
def unpack(t):
    a, b = t
    c, *d = t
    t[0], t.x = a, b
    t[1:2] = d
    del t[0], t.x
    return a, b, c, d
def aug(x, y):
    x += 1
    y.attr *= 2
    y[0] -= 3
    y[1:2] |= x
    return x
def fmt(v, w):
    return f"{v!r:>{w}} {v}" + f"{v}"
def comp(xs):
    return [x for x in xs], {x: 1 for x in xs}, {x for x in xs}, list(x for x in xs)
class Point:
    """A point."""
    z = 0
    def __init__(self, x, y=0, *, z=1):
        self.x = x
        self.y = y
    @property
    def norm(self):
        return super().norm + (self.x ** 2 + self.y ** 2) ** 0.5
def raising(e):
    raise ValueError("bad") from e
def lam():
    return lambda a, *b, c=3, **d: (a, b, c, d)
def chained(a, b, c):
    return a < b < c
def boolops(a, b, c):
    return a and b or not c
def ifexp(a):
    return 1 if a else 2
def slices(s):
    return s[1:], s[:2], s[::3], s[1:2:3]
def consts():
    return (1, 2, 3), [1, 2, 3], {"a": 1, "b": 2}, -5, 2.5, None, ..., b"x"
def walrus(xs):
    if (n := len(xs)) > 3:
        return n
def star_call(*a):
    return print(*a), {**{}}, [*a], (*a,)
def gen(n):
    yield n
    yield from range(n)
    return 5
async def coro(x):
    return await x
