import functools

calls = []

@functools.lru_cache(maxsize=3)
def f(*args, **kwargs):
    calls.append((args, kwargs))
    return len(calls)

print(f(1), f(1), f("a"), f(1.0), f(a=1, b=2), f(b=2, a=1), f(a=1, b=2))
print(f.cache_info())
try:
    f([1])
except TypeError as e:
    print("TypeError", e)

@functools.lru_cache(typed=True)
def g(x):
    return type(x).__name__

print(g(1), g(1.0), g(True), g(1), g.cache_info())

@functools.lru_cache(maxsize=-5)
def h(x):
    return x * 2

print(h(2), h(2), h.cache_info(), h.cache_parameters())

@functools.lru_cache
def boom(x):
    raise ValueError(x)

for _ in range(2):
    try:
        boom(3)
    except ValueError as e:
        print("ValueError", e)
print(boom.cache_info())

class K:
    @functools.lru_cache(maxsize=None)
    def m(self, n):
        return n * 10

k = K()
print(k.m(1), k.m(1), K.m.cache_info(), type(K.m).__name__, K.m.__name__, K.m.__qualname__)
print(type(k.m).__name__, k.m.__self__ is k)
print(f.__wrapped__.__name__, f.__name__, f.__doc__, f.__module__)
f.extra = 5
print(f.extra, sorted(k for k in f.__dict__ if not k.startswith('__')))
f.cache_clear()
print(f.cache_info())
import copy
print(copy.copy(f) is f, copy.deepcopy(f) is f, f.__reduce__())
try:
    functools.lru_cache(maxsize="x")
except TypeError as e:
    print("TypeError", e)

@functools.lru_cache(maxsize=2)
def sq(n):
    return n * n

print([sq(n) for n in (1, 2, 1, 3, 2, 1)], sq.cache_info())
