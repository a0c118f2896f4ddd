"""Higher-order functions and operations on callables: the `functools` module of Python 3.12,
written for Sanca from the library reference's description of each name."""

from abc import get_cache_token
from collections import namedtuple
from reprlib import recursive_repr
from _thread import RLock
from types import GenericAlias

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']


# ---- wrappers ----

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__', '__type_params__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Makes wrapper look like wrapped: copies the `assigned` attributes that wrapped has,
    merges the `updated` dicts, and sets wrapper.__wrapped__. Returns wrapper."""
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # Set last, so that a __wrapped__ copied from wrapped's __dict__ does not win.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """A decorator that applies update_wrapper(wrapper, wrapped, assigned, updated)."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# ---- total_ordering ----

def _derived(op_name, base_name, combine, doc):
    """A comparison method computed from the class's own `base_name` method: `combine` gets
    the base comparison's result and the two operands."""
    def method(self, other):
        base_result = getattr(type(self), base_name)(self, other)
        if base_result is NotImplemented:
            return base_result
        return combine(base_result, self, other)
    method.__name__ = op_name
    method.__qualname__ = op_name
    method.__doc__ = doc
    return method


# For each root a class may define: the three others, each with the formula that keeps
# NotImplemented and equality right.
_ORDERINGS = {
    '__lt__': [('__gt__', lambda r, a, b: not r and a != b, 'a > b: not (a < b) and a != b'),
               ('__le__', lambda r, a, b: r or a == b, 'a <= b: (a < b) or a == b'),
               ('__ge__', lambda r, a, b: not r, 'a >= b: not (a < b)')],
    '__le__': [('__ge__', lambda r, a, b: not r or a == b, 'a >= b: not (a <= b) or a == b'),
               ('__lt__', lambda r, a, b: r and a != b, 'a < b: (a <= b) and a != b'),
               ('__gt__', lambda r, a, b: not r, 'a > b: not (a <= b)')],
    '__gt__': [('__lt__', lambda r, a, b: not r and a != b, 'a < b: not (a > b) and a != b'),
               ('__ge__', lambda r, a, b: r or a == b, 'a >= b: (a > b) or a == b'),
               ('__le__', lambda r, a, b: not r, 'a <= b: not (a > b)')],
    '__ge__': [('__le__', lambda r, a, b: not r or a == b, 'a <= b: not (a >= b) or a == b'),
               ('__gt__', lambda r, a, b: r and a != b, 'a > b: (a >= b) and a != b'),
               ('__lt__', lambda r, a, b: not r, 'a < b: not (a >= b)')],
}


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods"""
    defined = [name for name in _ORDERINGS
               if getattr(cls, name, None) is not getattr(object, name, None)]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    # One root serves for all: __lt__ is preferred, then __le__, __gt__, __ge__.
    root = max(defined)
    for name, combine, doc in _ORDERINGS[root]:
        if name not in defined:
            setattr(cls, name, _derived(name, root, combine,
                                        f'Return {doc.split(":")[0]}.  Computed by @total_ordering '
                                        f'from {doc.split(": ")[1]}.'))
    return cls


# ---- cmp_to_key ----

class KeyWrapper:
    """cmp_to_key's result: calling it with an object gives a key that compares through the
    comparison function."""

    __slots__ = ('cmp', 'obj')
    __hash__ = None

    def __init__(self, cmp, obj=None):
        self.cmp = cmp
        self.obj = obj

    def __call__(self, obj):
        return KeyWrapper(self.cmp, obj)

    def _compare(self, other):
        if type(other) is not KeyWrapper:
            raise TypeError('other argument must be K instance')
        return self.cmp(self.obj, other.obj)

    def __lt__(self, other):
        return self._compare(other) < 0

    def __gt__(self, other):
        return self._compare(other) > 0

    def __eq__(self, other):
        return self._compare(other) == 0

    def __le__(self, other):
        return self._compare(other) <= 0

    def __ge__(self, other):
        return self._compare(other) >= 0


def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function."""
    return KeyWrapper(mycmp)


# ---- reduce ----

_initial_missing = object()


def reduce(function, sequence, initial=_initial_missing, /):
    """reduce(function, iterable[, initial], /) -> value

    Folds the iterable from the left with a function of two arguments: initial (or the first
    item) with the next item, that result with the one after, and so on."""
    try:
        items = iter(sequence)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if initial is _initial_missing:
        for value in items:
            break
        else:
            raise TypeError('reduce() of empty iterable with no initial value') from None
    else:
        value = initial
    for item in items:
        value = function(value, item)
    return value


# ---- partial ----

class partial:
    """New function with partial application of the given arguments
    and keywords.
    """

    __slots__ = ('func', 'args', 'keywords', '__dict__', '__weakref__')

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, *args = args
        if not callable(func):
            raise TypeError('the first argument must be callable')
        args = tuple(args)
        # A plain partial of a partial flattens into one, as long as nothing was stored on it.
        if isinstance(func, partial) and type(func).__call__ is partial.__call__ \
                and not getattr(func, '__dict__', None):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = super().__new__(cls)
        self.func = func
        self.args = args
        self.keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        if self.keywords:
            keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    @recursive_repr()
    def __repr__(self):
        shown = [repr(self.func)]
        shown.extend(repr(a) for a in self.args)
        shown.extend(f'{k}={v!r}' for k, v in self.keywords.items())
        name = type(self).__qualname__
        if type(self).__module__ == 'functools':
            name = 'functools.' + name
        return f"{name}({', '.join(shown)})"

    def __reduce__(self):
        return (type(self), (self.func,),
                (self.func, self.args, self.keywords or None, self.__dict__ or None))

    def __setstate__(self, state):
        if not isinstance(state, tuple):
            raise TypeError('argument to __setstate__ must be a tuple')
        if len(state) != 4:
            raise TypeError(f'expected 4 items in state, got {len(state)}')
        func, args, kwds, namespace = state
        if (not callable(func) or not isinstance(args, tuple)
                or (kwds is not None and not isinstance(kwds, dict))
                or (namespace is not None and not isinstance(namespace, dict))):
            raise TypeError('invalid partial state')
        self.func = func
        self.args = tuple(args)
        self.keywords = {} if kwds is None else dict(kwds)
        if namespace is not None:
            self.__dict__.update(namespace)

    __class_getitem__ = classmethod(GenericAlias)


partial.__module__ = 'functools'


class partialmethod(object):
    """Method descriptor with partial application of the given arguments
    and keywords.

    Supports wrapping existing descriptors and handles non-descriptor
    callables as instance methods.
    """

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        shown = [repr(self.func)]
        shown.extend(repr(a) for a in self.args)
        shown.extend(f'{k}={v!r}' for k, v in self.keywords.items())
        cls = type(self)
        return f"{cls.__module__}.{cls.__qualname__}({', '.join(shown)})"

    def _unbound(self):
        def method(cls_or_self, /, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **keywords)
        method.__isabstractmethod__ = self.__isabstractmethod__
        method._partialmethod = self
        return method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, '__get__', None)
        if get is not None:
            bound = get(obj, cls)
            if bound is not self.func:
                # The wrapped descriptor made something new (a bound method, say): apply the
                # arguments to that, and keep its __self__ visible.
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
                return result
        return self._unbound().__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)

    __class_getitem__ = classmethod(GenericAlias)


def _unwrap_partial(func):
    while isinstance(func, partial):
        func = func.func
    return func


# ---- lru_cache ----

_CacheInfo = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])


class _HashedSeq(list):
    """A cache key: the flattened arguments with their hash computed once."""

    __slots__ = 'hashvalue'

    def __init__(self, items, hash=hash):
        self[:] = items
        self.hashvalue = hash(items)

    def __hash__(self):
        return self.hashvalue


_KWD_MARK = (object(),)


def _make_key(args, kwds, typed, fasttypes=frozenset((int, str))):
    """The cache key for a call: positional arguments, a marker and the keyword pairs, and
    (when typed) the argument types; a lone int or str argument is its own key."""
    key = args
    if kwds:
        key += _KWD_MARK
        for pair in kwds.items():
            key += pair
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in fasttypes:
        return key[0]
    return _HashedSeq(key)


class _lru_cache_wrapper:
    """A function with a cache of its results by arguments, most recently used kept, as
    lru_cache makes."""

    def __init__(self, user_function, maxsize, typed, cache_info_type):
        self.__wrapped__ = user_function
        self._maxsize = maxsize
        self._typed = typed
        self._info_type = cache_info_type
        self._cache = {}
        self._hits = 0
        self._misses = 0
        self._lock = RLock()

    def __call__(self, /, *args, **kwds):
        maxsize = self._maxsize
        if maxsize == 0:
            self._misses += 1
            return self.__wrapped__(*args, **kwds)
        key = _make_key(args, kwds, self._typed)
        cache = self._cache
        with self._lock:
            if key in cache:
                value = cache[key]
                if maxsize is not None:
                    # Move the entry to the young end of the dict's order.
                    del cache[key]
                    cache[key] = value
                self._hits += 1
                return value
            self._misses += 1
        value = self.__wrapped__(*args, **kwds)
        with self._lock:
            if key in cache:
                # Another call (recursive, or in another thread) filled it meanwhile.
                return value
            if maxsize is not None and len(cache) >= maxsize:
                del cache[next(iter(cache))]
            cache[key] = value
        return value

    def cache_info(self):
        """Report cache statistics"""
        with self._lock:
            return self._info_type(self._hits, self._misses, self._maxsize, len(self._cache))

    def cache_clear(self):
        """Clear the cache and cache statistics"""
        with self._lock:
            self._cache.clear()
            self._hits = self._misses = 0

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        from types import MethodType
        return MethodType(self, obj)

    def __reduce__(self):
        return self.__qualname__

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_lru_cache_wrapper.__module__ = 'functools'


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator.

    Results of calls are kept by their arguments (which must be hashable), up to maxsize of
    them (no limit if maxsize is None); with typed true, arguments of different types are
    cached apart. The wrapper has cache_info(), cache_clear() and cache_parameters().
    """
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # Used as @lru_cache without parentheses.
        user_function, maxsize = maxsize, 128
        return _cached(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _cached(user_function, maxsize, typed)
    return decorating_function


def _cached(user_function, maxsize, typed):
    wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    return update_wrapper(wrapper, user_function)


def cache(user_function, /):
    'Simple lightweight unbounded cache.  Sometimes called "memoize".'
    return lru_cache(maxsize=None)(user_function)


# ---- singledispatch ----

def _mro_with_abcs(cls, types):
    """cls's MRO with the registered ABCs that cls is a virtual subclass of placed after the
    last class of the MRO that is a subclass of them (the most specific implementer)."""
    mro = list(cls.__mro__)
    for typ in types:
        if typ in mro or not isinstance(typ, type) or not issubclass(cls, typ):
            continue
        position = 0
        for i, klass in enumerate(mro):
            if issubclass(klass, typ):
                position = i + 1
        mro.insert(position, typ)
    return mro


def _find_impl(cls, registry):
    """The implementation registered for the most specific class in cls's MRO (with ABCs);
    RuntimeError when two unrelated ABCs are equally close."""
    mro = _mro_with_abcs(cls, registry.keys())
    match = None
    for typ in mro:
        if match is not None:
            if (typ in registry and typ not in cls.__mro__ and match not in cls.__mro__
                    and not issubclass(match, typ)):
                raise RuntimeError(f"Ambiguous dispatch: {match} or {typ}")
            break
        if typ in registry:
            match = typ
    return registry.get(match)


def _is_union(obj):
    from typing import get_origin, Union
    from types import UnionType
    return get_origin(obj) in (Union, UnionType)


def _is_valid_dispatch_type(cls):
    if isinstance(cls, type):
        return True
    if not _is_union(cls):
        return False
    from typing import get_args
    return all(isinstance(arg, type) for arg in get_args(cls))


def singledispatch(func):
    """Single-dispatch generic function decorator.

    The function becomes the default implementation; register() adds implementations for
    the class of the first argument, chosen by its MRO (ABCs included)."""
    import types

    registry = {}
    # CPython keys this by weak references; classes here stay alive while the function does.
    dispatch_cache = {}
    cache_token = None

    def dispatch(cls):
        """generic_func.dispatch(cls) -> <function implementation>

        The implementation for cls from the registry."""
        nonlocal cache_token
        if cache_token is not None:
            current = get_cache_token()
            if cache_token != current:
                dispatch_cache.clear()
                cache_token = current
        try:
            impl = dispatch_cache[cls]
        except KeyError:
            try:
                impl = registry[cls]
            except KeyError:
                impl = _find_impl(cls, registry)
            dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        """generic_func.register(cls, func) -> func

        Registers func for cls (also usable as a decorator, with cls given or taken from the
        first parameter's annotation)."""
        nonlocal cache_token
        if _is_valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(f"Invalid first argument to `register()`. "
                                f"{cls!r} is not a class or union type.")
            ann = getattr(cls, '__annotations__', {})
            if not ann:
                raise TypeError(
                    f"Invalid first argument to `register()`: {cls!r}. "
                    f"Use either `@register(some_class)` or plain `@register` "
                    f"on an annotated function."
                )
            func = cls
            from typing import get_type_hints
            argname, cls = next(iter(get_type_hints(func).items()))
            if not _is_valid_dispatch_type(cls):
                if _is_union(cls):
                    raise TypeError(f"Invalid annotation for {argname!r}. "
                                    f"{cls!r} not all arguments are classes.")
                raise TypeError(f"Invalid annotation for {argname!r}. "
                                f"{cls!r} is not a class.")
        if _is_union(cls):
            from typing import get_args
            for arg in get_args(cls):
                registry[arg] = func
        else:
            registry[cls] = func
        if cache_token is None and hasattr(cls, '__abstractmethods__'):
            cache_token = get_cache_token()
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = types.MappingProxyType(registry)
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """Single-dispatch generic method descriptor: dispatches on the class of the first
    argument after self (or cls)."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """Registers method for cls, as singledispatch's register does."""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# ---- cached_property ----

_NOT_FOUND = object()


class cached_property:
    """A property computed once per instance and then kept in the instance's __dict__
    (where the next lookup finds it first)."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.__module__ = func.__module__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r})."
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            raise TypeError(
                f"No '__dict__' attribute on {type(instance).__name__!r} "
                f"instance to cache {self.attrname!r} property."
            ) from None
        value = cache.get(self.attrname, _NOT_FOUND)
        if value is _NOT_FOUND:
            value = self.func(instance)
            try:
                cache[self.attrname] = value
            except TypeError:
                raise TypeError(
                    f"The '__dict__' attribute on {type(instance).__name__!r} instance "
                    f"does not support item assignment for caching {self.attrname!r} property."
                ) from None
        return value

    __class_getitem__ = classmethod(GenericAlias)
