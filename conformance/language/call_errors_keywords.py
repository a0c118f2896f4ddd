# TypeError texts for keyword argument problems.
def f(a, b=2, *, c, d=4): pass
def g(a, /, b): pass
def v(*args, **kwargs): return args, kwargs
cases = [
    lambda: f(1, c=1, e=5), lambda: f(1, 2, a=3, c=1), lambda: f(1), lambda: f(1, 2),
    lambda: f(c=3), lambda: g(a=1, b=2), lambda: g(1, 2, b=3),
    lambda: f(1, **{"c": 1}, **{"c": 2}), lambda: f(1, **{1: 2}), lambda: f(*5),
    lambda: f(1, **[1]), lambda: v(**{"a": 1}, a=2),
]
for case in cases:
    try:
        case()
    except TypeError as e:
        print(type(e).__name__, e)
print(v(1, 2, x=3, **{"y": 4}))
print(v(*[1], *(2, 3), **{"a": 1}, b=2))
