"""Sanca's operator module: Python's operators available as plain functions.

Every function here evaluates the very operator it is named after, so the
result, the dunder methods consulted and any error are the operator's own.
"""

__all__ = ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf',
           'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand',
           'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul',
           'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift',
           'is_', 'is_not', 'isub', 'itemgetter', 'itruediv', 'ixor', 'le',
           'length_hint', 'lshift', 'lt', 'matmul', 'methodcaller', 'mod',
           'mul', 'ne', 'neg', 'not_', 'or_', 'pos', 'pow', 'rshift',
           'setitem', 'sub', 'truediv', 'truth', 'xor']

import builtins as _builtins


# -- comparisons and binary arithmetic -------------------------------------

def lt(a, b, /):
    "Return a < b."
    return a < b

def le(a, b, /):
    "Return a <= b."
    return a <= b

def eq(a, b, /):
    "Return a == b."
    return a == b

def ne(a, b, /):
    "Return a != b."
    return a != b

def ge(a, b, /):
    "Return a >= b."
    return a >= b

def gt(a, b, /):
    "Return a > b."
    return a > b

def add(a, b, /):
    "Return a + b."
    return a + b

def and_(a, b, /):
    "Return a & b."
    return a & b

def floordiv(a, b, /):
    "Return a // b."
    return a // b

def lshift(a, b, /):
    "Return a << b."
    return a << b

def mod(a, b, /):
    "Return a % b."
    return a % b

def mul(a, b, /):
    "Return a * b."
    return a * b

def matmul(a, b, /):
    "Return a @ b."
    return a @ b

def or_(a, b, /):
    "Return a | b."
    return a | b

def pow(a, b, /):
    "Return a ** b."
    return a ** b

def rshift(a, b, /):
    "Return a >> b."
    return a >> b

def sub(a, b, /):
    "Return a - b."
    return a - b

def truediv(a, b, /):
    "Return a / b."
    return a / b

def xor(a, b, /):
    "Return a ^ b."
    return a ^ b


# -- unary operators and identity ------------------------------------------

def not_(a, /):
    "Return not a."
    return not a


def truth(a, /):
    "Return the truth value of a as a bool."
    return bool(a)


def is_(a, b, /):
    "Return a is b."
    return a is b


def is_not(a, b, /):
    "Return a is not b."
    return a is not b


def abs(a, /):
    "Return abs(a)."
    return _builtins.abs(a)


def inv(a, /):
    "Return ~a."
    return ~a


invert = inv


def neg(a, /):
    "Return -a."
    return -a


def pos(a, /):
    "Return +a."
    return +a


def _type_name(obj):
    return type(obj).__name__


def index(a, /):
    "Return a converted to an int through __index__."
    if isinstance(a, int):
        return int.__index__(a)
    convert = getattr(type(a), '__index__', None)
    if convert is None:
        raise TypeError(f"'{_type_name(a)}' object cannot be interpreted as an integer")
    value = convert(a)
    if isinstance(value, int):
        return value
    raise TypeError(f"__index__ returned non-int (type {_type_name(value)})")


# -- sequences and containers ----------------------------------------------

def _check_concatenable(a):
    kind = type(a)
    if issubclass(kind, dict) or not hasattr(kind, '__getitem__'):
        raise TypeError(f"'{kind.__name__}' object can't be concatenated")


def concat(a, b, /):
    "Return a + b, where a must be a sequence."
    _check_concatenable(a)
    return a + b


def contains(a, b, /):
    "Return b in a (the container comes first)."
    return b in a


def _matches(a, b):
    """Yield the positions of the items of a that are b or equal it."""
    for position, item in enumerate(a):
        if item is b or item == b:
            yield position


def countOf(a, b, /):
    "Count the items of a that are b or equal to it."
    return sum(1 for _ in _matches(a, b))


def indexOf(a, b, /):
    "Return the position of the first item of a that is b or equals it."
    for position in _matches(a, b):
        return position
    raise ValueError('sequence.index(x): x not in sequence')


def getitem(a, b, /):
    "Return a[b]."
    return a[b]


def setitem(a, b, c, /):
    "Perform a[b] = c."
    a[b] = c


def delitem(a, b, /):
    "Perform del a[b]."
    del a[b]


def length_hint(obj, default=0, /):
    """Guess how many items iterating over obj will produce.

    len(obj) is exact and is used when available; otherwise the type's
    __length_hint__ is asked, and default is returned when it is missing,
    raises TypeError or returns NotImplemented.  The result is never negative.
    """
    if not isinstance(default, int):
        raise TypeError(f"'{_type_name(default)}' object cannot be interpreted as an integer")
    try:
        return len(obj)
    except TypeError:
        pass
    estimator = getattr(type(obj), '__length_hint__', None)
    if estimator is None:
        return default
    try:
        guess = estimator(obj)
    except TypeError:
        return default
    if guess is NotImplemented:
        return default
    if not isinstance(guess, int):
        raise TypeError(f'__length_hint__ must be an integer, not {_type_name(guess)}')
    if guess < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return guess


def call(obj, /, *args, **kwargs):
    "Return obj(*args, **kwargs)."
    return obj(*args, **kwargs)


# -- callables built from names ----------------------------------------------

def _qualified(obj, shown):
    cls = type(obj)
    return '%s.%s(%s)' % (cls.__module__, cls.__qualname__, ', '.join(shown))


class attrgetter:
    """attrgetter('a', 'b.c')(x) gives (x.a, x.b.c); with a single name the
    bare value is returned.  Dotted names walk through nested attributes."""
    __slots__ = ('_attrs', '_paths')

    def __init__(self, attr, /, *attrs):
        wanted = (attr, *attrs)
        if not all(isinstance(w, str) for w in wanted):
            raise TypeError('attribute name must be a string')
        self._attrs = wanted
        self._paths = [w.split('.') for w in wanted]

    @staticmethod
    def _walk(obj, path):
        for step in path:
            obj = getattr(obj, step)
        return obj

    def __call__(self, obj, /):
        paths = self._paths
        if len(paths) == 1:
            return self._walk(obj, paths[0])
        return tuple([self._walk(obj, p) for p in paths])

    def __repr__(self):
        return _qualified(self, map(repr, self._attrs))

    def __reduce__(self):
        return type(self), self._attrs


class itemgetter:
    """itemgetter(k1, k2)(x) gives (x[k1], x[k2]); with a single key the bare
    item is returned."""
    __slots__ = ('_items',)

    def __init__(self, item, /, *items):
        self._items = (item, *items)

    def __call__(self, obj, /):
        keys = self._items
        if len(keys) == 1:
            return obj[keys[0]]
        return tuple([obj[k] for k in keys])

    def __repr__(self):
        return _qualified(self, map(repr, self._items))

    def __reduce__(self):
        return type(self), self._items


class methodcaller:
    """methodcaller('m', 1, k=2)(x) calls x.m(1, k=2) and returns its result."""
    __slots__ = ('_name', '_args', '_kwargs')

    def __init__(self, name, /, *args, **kwargs):
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._name, self._args, self._kwargs = name, args, kwargs

    def __call__(self, obj, /):
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        shown = [repr(self._name), *map(repr, self._args)]
        shown += [f'{k}={v!r}' for k, v in self._kwargs.items()]
        return _qualified(self, shown)

    def __reduce__(self):
        if self._kwargs:
            from functools import partial
            return partial(type(self), self._name, **self._kwargs), self._args
        return type(self), (self._name, *self._args)


# -- in-place forms ----------------------------------------------------------

def iconcat(a, b, /):
    "Perform a += b where a must be a sequence; return the new a."
    _check_concatenable(a)
    a += b
    return a


def iadd(a, b, /):
    "Perform a += b and return the new a."
    a += b
    return a


def iand(a, b, /):
    "Perform a &= b and return the new a."
    a &= b
    return a


def ifloordiv(a, b, /):
    "Perform a //= b and return the new a."
    a //= b
    return a


def ilshift(a, b, /):
    "Perform a <<= b and return the new a."
    a <<= b
    return a


def imod(a, b, /):
    "Perform a %= b and return the new a."
    a %= b
    return a


def imul(a, b, /):
    "Perform a *= b and return the new a."
    a *= b
    return a


def imatmul(a, b, /):
    "Perform a @= b and return the new a."
    a @= b
    return a


def ior(a, b, /):
    "Perform a |= b and return the new a."
    a |= b
    return a


def ipow(a, b, /):
    "Perform a **= b and return the new a."
    a **= b
    return a


def irshift(a, b, /):
    "Perform a >>= b and return the new a."
    a >>= b
    return a


def isub(a, b, /):
    "Perform a -= b and return the new a."
    a -= b
    return a


def itruediv(a, b, /):
    "Perform a /= b and return the new a."
    a /= b
    return a


def ixor(a, b, /):
    "Perform a ^= b and return the new a."
    a ^= b
    return a


def _export_dunders(namespace):
    # operator.__add__ and friends are the same objects as the plain names.
    for name in ('lt le eq ne ge gt not_ abs add and_ call floordiv index inv invert '
                 'lshift mod mul matmul neg or_ pos pow rshift sub truediv xor concat '
                 'contains delitem getitem setitem iadd iand iconcat ifloordiv ilshift '
                 'imod imul imatmul ior ipow irshift isub itruediv ixor').split():
        namespace['__%s__' % name.rstrip('_')] = namespace[name]


_export_dunders(globals())
del _export_dunders
