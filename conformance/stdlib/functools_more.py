import functools
from functools import (total_ordering, partial, partialmethod, singledispatch, singledispatchmethod,
                       cached_property, lru_cache, cache, reduce, cmp_to_key, wraps)
from collections.abc import Sequence, Mapping


@total_ordering
class V:
    def __init__(self, n):
        self.n = n

    def __eq__(self, o):
        return isinstance(o, V) and self.n == o.n

    def __lt__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return self.n < o.n


a, b = V(1), V(2)
print(a < b, a > b, a <= b, a >= b, a <= V(1), a >= V(1), b > a)
print(V.__gt__.__name__, V.__le__(a, 5), V.__ge__ is not object.__ge__)
try:
    a <= 3
except TypeError as e:
    print('TypeError:', e)
for root in ('__le__', '__gt__', '__ge__'):
    ns = {root: lambda s, o: s.n.__getattribute__(root)(o.n), '__init__': lambda s, n: setattr(s, 'n', n),
          '__eq__': lambda s, o: s.n == o.n}
    C = total_ordering(type('C', (), ns))
    x, y = C(1), C(2)
    print(root, x < y, x > y, x <= y, x >= y, y <= y, y >= y)
try:
    total_ordering(type('D', (), {}))
except ValueError as e:
    print('ValueError:', e)

print(reduce(lambda x, y: x * y, range(1, 6)), reduce(lambda x, y: x + y, [], 10), reduce(max, [3, 1, 4], 0))
print(sorted([5, 1, 4], key=cmp_to_key(lambda x, y: y - x)))


def power(base, exp, *, mod=None):
    return pow(base, exp, mod)


sq = partial(power, exp=2)
print(sq(5), sq(5, exp=3), partial(power, 2, 10, mod=1000)(), sq.func is power, sq.args, sq.keywords)
p2 = partial(partial(power, 3), exp=4)
print(p2(), p2.func is power, p2.args, p2.keywords)
print(repr(partial(max, 1, key=abs)))


class Cell:
    def __init__(self):
        self.state = False

    def set_state(self, state):
        self.state = state

    on = partialmethod(set_state, True)
    off = partialmethod(set_state, False)


c = Cell()
c.on()
print(c.state)
c.off()
print(c.state, repr(Cell.__dict__['on'])[:40])


@singledispatch
def describe(x):
    return f'object {x!r}'


@describe.register
def _(x: int):
    return f'int {x}'


@describe.register(list)
@describe.register(tuple)
def _(x):
    return f'sequence of {len(x)}'


@describe.register(Mapping)
def _(x):
    return f'mapping with {sorted(x)}'


print(describe(1), describe(True), describe('s'), describe([1, 2]), describe((1,)), describe({'k': 1}))
print(describe.dispatch(bool).__name__, sorted(t.__name__ for t in describe.registry), describe.__name__)
try:
    describe()
except TypeError as e:
    print('TypeError:', e)
try:
    describe.register(3, lambda x: x)
except TypeError as e:
    print('TypeError:', e)


class Shape:
    @singledispatchmethod
    def area(self, arg):
        return 'unknown'

    @area.register
    def _(self, arg: int):
        return arg * arg

    @area.register
    def _(self, arg: float):
        return round(arg * arg, 2)


print(Shape().area(3), Shape().area(1.5), Shape().area('x'))


class Data:
    calls = 0

    @cached_property
    def value(self):
        Data.calls += 1
        return 42


d = Data()
print(d.value, d.value, Data.calls, 'value' in d.__dict__, Data.value.attrname, type(Data.__dict__['value']).__name__)
del d.value
print(d.value, Data.calls)


class Slotted:
    __slots__ = ()

    @cached_property
    def x(self):
        return 1


try:
    Slotted().x
except TypeError as e:
    print('TypeError:', e)
try:
    class Twice:
        a = b = cached_property(lambda self: 1)
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e)


@lru_cache(maxsize=2)
def sq2(x):
    return x * x


for n in (1, 2, 1, 3, 2, 1):
    sq2(n)
print(sq2.cache_info(), sq2.cache_parameters(), sq2.__name__, sq2.__wrapped__.__name__)
sq2.cache_clear()
print(sq2.cache_info())


@lru_cache(typed=True)
def ident(x):
    return type(x).__name__


print(ident(1), ident(1.0), ident(True), ident.cache_info())


@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())
try:
    lru_cache('x')
except TypeError as e:
    print('TypeError:', e)


@lru_cache(maxsize=0)
def nocache(x):
    return x


nocache(1), nocache(1)
print(nocache.cache_info())


class Acc:
    @lru_cache
    def twice(self, x):
        return 2 * x


acc = Acc()
print(acc.twice(4), acc.twice(4), Acc.twice.cache_info().hits)


def deco(f):
    @wraps(f)
    def inner(*a, **k):
        return f(*a, **k)
    return inner


@deco
def documented(x: int) -> int:
    """Doc here."""
    return x


print(documented.__name__, documented.__doc__, documented.__annotations__, documented.__wrapped__(3))
try:
    functools.update_wrapper(lambda: 0, 5)
    print('no attrs ok')
except AttributeError as e:
    print('AttributeError:', e)
