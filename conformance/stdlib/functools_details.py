# functools details: partial/partialmethod reprs, flattening and state errors, lru_cache
# arguments and statistics, reduce and total_ordering errors, singledispatch registration
# errors and dispatch order, cached_property errors.
import abc
import functools
import re
from functools import partial, partialmethod


def f(*a, **k):
    return a, k


def r(obj):
    # Function reprs carry addresses: drop them.
    return re.sub(' at 0x[0-9a-f]+', '', repr(obj))


p = partial(f, 1, x=2)
print(r(p), p(3, y=4), p(x=9))
pp = partial(p, 5, z=6)
print(r(pp), pp.func is f, pp.args, pp.keywords)
p.attr = 1
print(partial(p, 7).func is p)


class MyPartial(partial):
    pass


print(r(MyPartial(f, 1)), r(partial(MyPartial(f, 1), 2)))
rec = partial(f)
rec.args  # noqa
rp = partial(f, [])
rp.args[0].append(rp)
print(r(rp))
for bad in [(), (1,)]:
    try:
        partial(*bad)
    except TypeError as e:
        print('TypeError', e)
q = partial(f, 1)
for state in [[], (f, (), None), (f, [], None, None), (1, (), None, None), (f, (), 1, None)]:
    try:
        q.__setstate__(state)
    except TypeError as e:
        print('TypeError', e)
q.__setstate__((f, (8,), None, {'n': 1}))
print(q(), q.n, q.__reduce__()[0] is partial, q.__reduce__()[2][1:])
print(partial[int])


class C:
    def m(self, *a, **k):
        return a, k
    pm = partialmethod(m, 1, k=2)
    pc = partialmethod(classmethod(m), 'c')
    nested = partialmethod(pm, 3)
    plain = partialmethod(f, 'plain')


c = C()
print(c.pm(0), c.nested(), C.pc(), c.plain()[0][1:])
print(repr(C.__dict__['nested']).startswith('functools.partialmethod(<function C.m'), C.__dict__['nested'].args)
try:
    partialmethod(5)
except TypeError as e:
    print('TypeError', e)
print(partialmethod(f).__isabstractmethod__, partialmethod[int])

calls = []


@functools.lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x


print([sq(i) for i in (1, 2, 1, 3, 2, 1)], calls, sq.cache_info())
print(sq.cache_parameters(), type(sq.cache_info()).__name__, sq.cache_info()._fields)
sq.cache_clear()
print(sq.cache_info(), sq.__wrapped__(3), sq.__name__)


@functools.lru_cache
def bare(x, *, y=0):
    return x + y


print(bare(1), bare(1), bare(1, y=1), bare(1.0), bare.cache_info(), bare.cache_parameters())


@functools.lru_cache(typed=True)
def typed(x):
    return type(x).__name__


print(typed(1), typed(1.0), typed(True), typed.cache_info().currsize)
zero = functools.lru_cache(maxsize=-5)(lambda x: x)
print(zero(1), zero(1), zero.cache_info(), zero.cache_parameters())
for bad in ['x', 1.5]:
    try:
        functools.lru_cache(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    sq([])
except TypeError as e:
    print('TypeError', e)


@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib.cache_info(), fib.cache_parameters())


class Holder:
    @functools.lru_cache
    def meth(self, x):
        return x * 3


h = Holder()
print(h.meth(2), h.meth(2), Holder.meth.cache_info().hits)

print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(lambda a, b: a + b, [], 'init'))
for args in [(max, 5), (max, [])]:
    try:
        functools.reduce(*args)
    except TypeError as e:
        print('TypeError', e, e.__suppress_context__)


@functools.total_ordering
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __gt__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return self.v > o.v


print(V(1) < V(2), V(2) <= V(2), V(3) >= V(4), V.__lt__.__name__, V.__lt__.__doc__, V.__le__.__doc__)
print(V(1).__lt__(5), V(1).__ge__(5))
try:
    functools.total_ordering(type('E', (), {}))
except ValueError as e:
    print('ValueError', e)
key = functools.cmp_to_key(lambda a, b: (a > b) - (a < b))
print(sorted([3, 1, 2], key=key), key(1) == key(1), key(1) < key(2))
try:
    key(1) < 5
except TypeError as e:
    print('TypeError', e)
print(type(key(1)).__hash__)


@functools.singledispatch
def show(x):
    return 'default'


@show.register
def _(x: int):
    return 'int'


@show.register(list)
def _(x):
    return 'list'


@show.register
def _(x: str | bytes):
    return 'text'


show.register(float, lambda x: 'float')
print(show(1), show(True), show([1]), show('s'), show(b'b'), show(1.5), show(None))
print(sorted(k.__name__ for k in show.registry), show.dispatch(bool).__name__)
for args in [(5,), (5, lambda x: 1)]:
    try:
        show.register(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    show.register(lambda x: 1)
except TypeError as e:
    print('TypeError', str(e).split(':')[0])


def bad_ann(x: 5):
    pass


def bad_union(x: 'int | list[int]'):
    pass


for fn in (bad_ann, bad_union):
    try:
        show.register(fn)
    except TypeError as e:
        print('TypeError', e)
try:
    show()
except TypeError as e:
    print('TypeError', e)


class Sized1(abc.ABC):
    pass


class Thing:
    pass


@functools.singledispatch
def kind(x):
    return 'object'


kind.register(Sized1, lambda x: 'sized1')
print(kind(Thing()))
Sized1.register(Thing)
print(kind(Thing()))


class A1(abc.ABC):
    pass


class A2(abc.ABC):
    pass


class Both:
    pass


A1.register(Both)
A2.register(Both)
kind.register(A1, lambda x: 'a1')
kind.register(A2, lambda x: 'a2')
try:
    kind(Both())
except RuntimeError as e:
    print('RuntimeError', str(e).startswith('Ambiguous dispatch: '))


class Dispatching:
    @functools.singledispatchmethod
    def handle(self, x):
        return 'base'

    @handle.register
    def _(self, x: int):
        return 'int %d' % x

    @functools.singledispatchmethod
    @classmethod
    def chandle(cls, x):
        return 'cbase ' + cls.__name__

    @chandle.register(str)
    @classmethod
    def _(cls, x):
        return 'cstr'


d = Dispatching()
print(d.handle(1), d.handle('x'), Dispatching.chandle(1), Dispatching.chandle('s'), d.handle.__name__)
try:
    functools.singledispatchmethod(5)
except TypeError as e:
    print('TypeError', e)


class Cached:
    def __init__(self):
        self.n = 0

    @functools.cached_property
    def value(self):
        """Doc of value."""
        self.n += 1
        return self.n


cc = Cached()
print(cc.value, cc.value, cc.n, Cached.value.__doc__, Cached.value.attrname, type(Cached.value).__name__)
del cc.value
print(cc.value, functools.cached_property[int])


class Slotted:
    __slots__ = ()

    @functools.cached_property
    def v(self):
        return 1


try:
    Slotted().v
except TypeError as e:
    print('TypeError', e, e.__suppress_context__)
cp = functools.cached_property(lambda self: 1)
try:
    cp.__get__(Cached())
except TypeError as e:
    print('TypeError', e)
cp.__set_name__(Cached, 'one')
try:
    cp.__set_name__(Cached, 'two')
except TypeError as e:
    print('TypeError', e)


class Frozen:
    @functools.cached_property
    def v(self):
        return 1


Frozen.__dict__  # noqa
import types
ns = types.SimpleNamespace()


class MP:
    def __init__(self):
        object.__setattr__(self, '__dict__', types.MappingProxyType({}))


print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)


def orig(a, b=1):
    """orig doc"""


orig.extra = 'e'


@functools.wraps(orig)
def wrapper(*a):
    pass


print(wrapper.__name__, wrapper.__doc__, wrapper.extra, wrapper.__wrapped__ is orig)
w2 = functools.update_wrapper(lambda: 0, orig, assigned=('__doc__', '__missing__'), updated=())
print(w2.__name__, w2.__doc__, hasattr(w2, 'extra'))
print(sorted(functools.__all__))
