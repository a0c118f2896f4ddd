from functools import *
import functools

p = partial(int, base=2)
print(repr(p), p.func, p.args, p.keywords, p('101'))
print(repr(partial(max, 1, 2, key=None)), repr(partial(partial(pow, 2), 5)), partial(pow, 2)(10))
try:
    partial()
except TypeError as e:
    print(e)
try:
    partial(1)
except TypeError as e:
    print(e)
print(reduce(lambda a, b: a + b, [1, 2, 3]), reduce(lambda a, b: a + b, [], 7), reduce(max, iter([4, 9, 2])))
for bad in ["reduce(lambda a, b: a, [])", "reduce(lambda a, b: a, 1)"]:
    try:
        eval(bad)
    except TypeError as e:
        print(e)


@lru_cache
def f(x):
    return x * 2


print(f(1), f(1), f.cache_info(), f.cache_parameters(), type(f).__name__, f.__name__, f.__wrapped__(5))


@lru_cache(maxsize=3, typed=True)
def g(x):
    return x


g(1); g(1.0); g(1); g('a'); g('b')
print(g.cache_info(), g.cache_parameters())
g.cache_clear(); print(g.cache_info())
calls = []


@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x


for v in [1, 2, 1, 3, 2, 1]:
    sq(v)
print(calls, sq.cache_info())
z = lru_cache(maxsize=0)(lambda x: x); z(1); z(1); print(z.cache_info())
n = lru_cache(maxsize=-5)(lambda: 1); n(); print(n.cache_info())
k = lru_cache()(lambda *a, **kw: (a, kw)); print(k(1, b=2), k(1, b=2), k.cache_info())
try:
    lru_cache('x')
except TypeError as e:
    print(e)
try:
    f([1])
except TypeError as e:
    print("TypeError:", e)


@cache
def fact(n):
    return n * fact(n - 1) if n else 1


print(fact(20), fact.cache_info())


class C:
    @lru_cache
    def m(self, x):
        return x + 1

    @cached_property
    def prop(self):
        print('computing')
        return 42


c = C()
print(c.m(1), c.m(1), C.m.cache_info().hits, c.prop, c.prop, 'prop' in vars(c))
del c.prop
print(c.prop)


@total_ordering
class V:
    def __init__(self, n):
        self.n = n

    def __eq__(self, o):
        return self.n == o.n

    def __gt__(self, o):
        return self.n > o.n


print(V(1) < V(2), V(1) <= V(1), V(2) >= V(3), V(2) > V(1), V.__lt__.__name__)
try:
    @total_ordering
    class Bare:
        pass
except ValueError as e:
    print(e)
print(sorted([5, 1, 4], key=cmp_to_key(lambda a, b: b - a)), cmp_to_key(lambda a, b: 0)(1) == cmp_to_key(lambda a, b: 0)(2))


def deco(func):
    @wraps(func)
    def wrapper(*args):
        return func(*args)
    return wrapper


@deco
def documented(a: int) -> int:
    """Doc."""
    return a


print(documented.__name__, documented.__doc__, documented.__annotations__, documented.__wrapped__.__name__, documented.__qualname__)
print(WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES)


@singledispatch
def show(arg):
    return 'object'


@show.register
def _(arg: int):
    return 'int'


@show.register(list)
@show.register(tuple)
def _(arg):
    return 'sequence'


show.register(float, lambda arg: 'float')
print(show(1), show(True), show(1.5), show([]), show(()), show('s'), show.dispatch(bool) is show.dispatch(int))
import collections.abc


@singledispatch
def kind(x):
    return 'other'


@kind.register(collections.abc.Mapping)
def _(x):
    return 'mapping'


@kind.register(collections.abc.Sequence)
def _(x):
    return 'sequence'


print(kind({}), kind([]), kind('s'), kind(3))
try:
    show.register(5)
except TypeError as e:
    print(e)


class M:
    def add(self, a, b):
        return a + b
    add10 = partialmethod(add, 10)

    @singledispatchmethod
    def handle(self, arg):
        return 'default'

    @handle.register
    def _(self, arg: str):
        return 'str ' + arg


print(M().add10(5), M().handle(1), M().handle('x'))
print(sorted(functools.__all__))
