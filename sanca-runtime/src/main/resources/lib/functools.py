"""Higher-order functions and operations on callables: the `functools` module of Python 3.12,
written for Sanca from the library reference's description of each name."""

from _thread import RLock, get_ident
from types import GenericAlias

# collections, abc and typing are imported where needed: many programs import functools at
# start-up for wraps or partial alone.

__all__ = [
    'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES', 'cache', 'cached_property', 'cmp_to_key',
    'lru_cache', 'partial', 'partialmethod', 'reduce', 'singledispatch',
    'singledispatchmethod', 'total_ordering', 'update_wrapper', 'wraps']


# ---- wrappers ----

WRAPPER_ASSIGNMENTS = (
    '__module__', '__name__', '__qualname__',
    '__doc__', '__annotations__', '__type_params__')
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


_SYMBOL = {'__lt__': '<', '__le__': '<=', '__gt__': '>', '__ge__': '>='}

# The ways of deriving one comparison from another (r is the root's result), each with the
# formula the derived method's docstring shows; {} stands for the root's operator.
_NEGATED_UNLESS_EQUAL = (lambda r, a, b: not r and a != b, '(not a {} b) and (a != b)')
_OR_EQUAL = (lambda r, a, b: r or a == b, '(a {} b) or (a == b)')
_NEGATED = (lambda r, a, b: not r, '(not a {} b)')
_NEGATED_OR_EQUAL = (lambda r, a, b: not r or a == b, '(not a {} b) or (a == b)')
_AND_NOT_EQUAL = (lambda r, a, b: r and a != b, '(a {} b) and (a != b)')

# For each root a class may define: how the three others follow from it.
_ORDERINGS = {
    '__lt__': {'__gt__': _NEGATED_UNLESS_EQUAL, '__le__': _OR_EQUAL, '__ge__': _NEGATED},
    '__le__': {'__ge__': _NEGATED_OR_EQUAL, '__lt__': _AND_NOT_EQUAL, '__gt__': _NEGATED},
    '__gt__': {'__lt__': _NEGATED_UNLESS_EQUAL, '__ge__': _OR_EQUAL, '__le__': _NEGATED},
    '__ge__': {'__le__': _NEGATED_OR_EQUAL, '__gt__': _AND_NOT_EQUAL, '__lt__': _NEGATED},
}


_NO_ORDERING = 'must define at least one ordering operation: < > <= >='


def total_ordering(cls):
    """Completes the rich comparisons of a class that defines at least one of __lt__,
    __le__, __gt__ and __ge__ (and __eq__): the missing ones are derived from it."""
    defined = [name for name in _ORDERINGS
               if getattr(cls, name, None) is not getattr(object, name, None)]
    if not defined:
        raise ValueError(_NO_ORDERING)
    # One root serves for all: __lt__ is preferred, then __le__, __gt__, __ge__.
    root = max(defined)
    for name, (combine, formula) in _ORDERINGS[root].items():
        if name in defined:
            continue
        doc = (f'Return a {_SYMBOL[name]} b.  Computed by @total_ordering from '
               f'{formula.format(_SYMBOL[root])}.')
        setattr(cls, name, _derived(name, root, combine, doc))
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
    # CPython replaces these errors rather than chaining them: raise outside the handler.
    try:
        items = iter(sequence)
    except TypeError:
        items = None
    if items is None:
        raise TypeError('reduce() arg 2 must support iteration')
    value = initial
    if value is _initial_missing:
        value = next(items, _initial_missing)
        if value is _initial_missing:
            raise TypeError('reduce() of empty iterable with no initial value')
    for item in items:
        value = function(value, item)
    return value


# ---- partial ----

class partial:
    """partial(func, *args, **keywords): a callable that calls func with args followed by the
    call's own positional arguments, and with keywords updated by the call's keywords."""

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
            keywords = _merged(func.keywords, keywords)
            func = func.func
        self = super().__new__(cls)
        self.func = func
        self.args = args
        self.keywords = keywords
        return self

    def __call__(self, /, *more, **extra):
        if self.keywords:
            extra = _merged(self.keywords, extra)
        return self.func(*self.args, *more, **extra)

    def __repr__(self):
        # A partial reachable from its own arguments shows as ... the second time round.
        marker = (id(self), get_ident())
        if marker in _reprs_running:
            return '...'
        _reprs_running.add(marker)
        try:
            return self._describe()
        finally:
            _reprs_running.discard(marker)

    def _describe(self):
        shown = [repr(self.func)]
        shown.extend(repr(a) for a in self.args)
        shown.extend(f'{k}={v!r}' for k, v in self.keywords.items())
        name = type(self).__qualname__
        if type(self).__module__ == 'functools':
            name = 'functools.' + name
        return f"{name}({', '.join(shown)})"

    def __reduce__(self):
        return (type(self), (self.func,),
                (self.func, self.args, self.keywords, self.__dict__ or None))

    def __setstate__(self, state):
        if not isinstance(state, tuple) or len(state) != 4:
            raise TypeError('invalid partial state')
        target, stored_args, stored_kw, attrs = state
        valid = (callable(target) and isinstance(stored_args, tuple)
                 and isinstance(stored_kw, (dict, type(None)))
                 and isinstance(attrs, (dict, type(None))))
        if not valid:
            raise TypeError('invalid partial state')
        self.func, self.args = target, tuple(stored_args)
        self.keywords = dict(stored_kw) if stored_kw else {}
        if attrs:
            self.__dict__.update(attrs)

    __class_getitem__ = classmethod(GenericAlias)


partial.__module__ = 'functools'
_reprs_running = set()


def _merged(first, second):
    combined = dict(first)
    combined.update(second)
    return combined


def _abstract_flag(func):
    return getattr(func, '__isabstractmethod__', False)


class partialmethod:
    """The method counterpart of partial: a descriptor whose bound form has some arguments
    (after self or cls) filled in. It wraps other descriptors (classmethod, staticmethod,
    ...) by binding them first; a plain callable becomes an instance method."""

    def __init__(self, func, /, *args, **kwargs):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        inner_args, inner_kw = (), {}
        if isinstance(func, partialmethod):
            # Nesting flattens: the inner one's arguments come first.
            func, inner_args, inner_kw = func.func, func.args, func.keywords
        self.func = func
        self.args = inner_args + args
        self.keywords = _merged(inner_kw, kwargs) if inner_kw else kwargs

    def __repr__(self):
        shown = [repr(self.func)]
        shown.extend(repr(a) for a in self.args)
        shown.extend(f'{k}={v!r}' for k, v in self.keywords.items())
        cls = type(self)
        return f"{cls.__module__}.{cls.__qualname__}({', '.join(shown)})"

    def _unbound(self):
        def method(receiver, /, *more, **extra):
            return self.func(receiver, *self.args, *more, **_merged(self.keywords, extra))
        method.__isabstractmethod__ = self.__isabstractmethod__
        method._partialmethod = self
        return method

    def __get__(self, instance, owner=None):
        get = getattr(self.func, '__get__', None)
        if get is not None:
            bound = get(instance, owner)
            if bound is not self.func:
                # The wrapped descriptor made something new (a bound method, say): apply the
                # arguments to that, and keep its __self__ visible.
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
                return result
        return self._unbound().__get__(instance, owner)

    @property
    def __isabstractmethod__(self):
        return _abstract_flag(self.func)

    __class_getitem__ = classmethod(GenericAlias)


# ---- lru_cache ----

_cache_info_type = []


def _CacheInfo(*fields):
    # The named tuple type is made on first use, to keep collections out of start-up.
    if not _cache_info_type:
        from collections import namedtuple
        _cache_info_type.append(namedtuple('CacheInfo', 'hits misses maxsize currsize'))
    return _cache_info_type[0](*fields)


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
    if not kwds and not typed and len(args) == 1 and type(args[0]) in fasttypes:
        return args[0]
    parts = list(args)
    if kwds:
        parts.extend(_KWD_MARK)
        for pair in kwds.items():
            parts.extend(pair)
    if typed:
        parts.extend(map(type, args))
        parts.extend(map(type, kwds.values()))
    return _HashedSeq(tuple(parts))


# The cache itself is native (_functools), as CPython's is C.
from _functools import _lru_cache_wrapper


def lru_cache(maxsize=128, typed=False):
    """Decorator keeping results of calls by their arguments (which must be hashable), up
    to maxsize of them, dropping the least recently used first (no limit if maxsize is
    None); with typed true, arguments of different types are cached apart. The wrapper has
    cache_info(), cache_clear() and cache_parameters()."""
    if maxsize is None or isinstance(maxsize, int):
        limit = maxsize if maxsize is None or maxsize >= 0 else 0
        return lambda func: _cached(func, limit, typed)
    if callable(maxsize) and isinstance(typed, bool):
        # Used as @lru_cache without parentheses.
        return _cached(maxsize, 128, typed)
    raise TypeError('Expected first argument to be an integer, a callable, or None')


def _cached(func, limit, typed):
    made = _lru_cache_wrapper(func, limit, typed, _CacheInfo)
    made.cache_parameters = lambda: {'maxsize': limit, 'typed': typed}
    return update_wrapper(made, func)


def cache(user_function, /):
    """Decorator remembering every result of the function by its arguments (lru_cache
    without a size limit)."""
    return _cached(user_function, None, False)


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
    from typing import Union, get_origin
    from types import UnionType
    return get_origin(obj) in (Union, UnionType)


def _classes_of(hint):
    """The classes a dispatch hint stands for (a class, or a union of classes), or None when
    it is neither."""
    if isinstance(hint, type):
        return (hint,)
    if _is_union(hint):
        from typing import get_args
        members = get_args(hint)
        if all(isinstance(m, type) for m in members):
            return members
    return None


def _hint_of_first_parameter(func):
    """(parameter name, annotation) of the first annotated parameter of func, for
    register() used without a class."""
    if not getattr(func, '__annotations__', None):
        raise TypeError(
            f"Invalid first argument to `register()`: {func!r}. Use either "
            "`@register(some_class)` or plain `@register` on an annotated function.")
    from typing import get_type_hints
    name, hint = next(iter(get_type_hints(func).items()))
    if _classes_of(hint) is None:
        detail = "not all arguments are classes" if _is_union(hint) else "is not a class"
        raise TypeError(f"Invalid annotation for {name!r}. {hint!r} {detail}.")
    return hint


class _Dispatcher:
    """The state behind one singledispatch function: the registry by class and a cache of
    lookups, emptied whenever the registry or (once an ABC is registered) any ABC's
    registrations change."""

    def __init__(self, default):
        self.registry = {object: default}
        self.lookups = {}
        self.abc_token = None

    def dispatch(self, cls):
        if self.abc_token is not None:
            from abc import get_cache_token
            now = get_cache_token()
            if now != self.abc_token:
                self.lookups.clear()
                self.abc_token = now
        found = self.lookups.get(cls, _NOT_FOUND)
        if found is _NOT_FOUND:
            found = self.registry.get(cls, _NOT_FOUND)
            if found is _NOT_FOUND:
                found = _find_impl(cls, self.registry)
            self.lookups[cls] = found
        return found

    def register(self, hint, func=None):
        classes = _classes_of(hint)
        if classes is None:
            if func is not None:
                raise TypeError(f"Invalid first argument to `register()`. "
                                f"{hint!r} is not a class or union type.")
            func = hint
            hint = _hint_of_first_parameter(func)
            classes = _classes_of(hint)
        elif func is None:
            return lambda impl: self.register(hint, impl)
        for cls in classes:
            self.registry[cls] = func
        if self.abc_token is None and hasattr(hint, '__abstractmethods__'):
            from abc import get_cache_token
            self.abc_token = get_cache_token()
        self.lookups.clear()
        return func


def singledispatch(func):
    """Makes func a generic function of its first argument's class: func is the fallback,
    and register() adds implementations for other classes, the most specific one along the
    argument's MRO (virtual ABC bases included) being chosen."""
    from types import MappingProxyType
    state = _Dispatcher(func)
    name = getattr(func, '__name__', 'singledispatch function')

    def dispatch(cls):
        """dispatch(cls) -> the implementation that handles arguments of class cls."""
        return state.dispatch(cls)

    def register(cls, func=None):
        """register(cls, func) -> func: func handles arguments of class cls (or of each class
        of a union). As a decorator the class may come from the first parameter's
        annotation."""
        return state.register(cls, func)

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{name} requires at least 1 positional argument')
        return state.dispatch(args[0].__class__)(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = MappingProxyType(state.registry)
    wrapper._clear_cache = state.lookups.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """Single-dispatch generic method descriptor: dispatches on the class of the first
    argument after self (or cls)."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        self.func = func
        self.dispatcher = singledispatch(func)

    def register(self, cls, method=None):
        """Registers method for cls, as singledispatch's register does."""
        return self.dispatcher.register(cls, method)

    def __get__(self, instance, owner=None):
        pick = self.dispatcher.dispatch

        def bound(*args, **kwargs):
            return pick(args[0].__class__).__get__(instance, owner)(*args, **kwargs)
        bound.__isabstractmethod__ = _abstract_flag(self.func)
        bound.register = self.register
        return update_wrapper(bound, self.func)

    @property
    def __isabstractmethod__(self):
        return _abstract_flag(self.func)


_NOT_FOUND = object()


class cached_property:
    """A property computed once per instance and then kept in the instance's __dict__
    (where the next lookup finds it first)."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.__module__ = func.__module__

    def __set_name__(self, cls, attr):
        if self.attrname is None:
            self.attrname = attr
            return
        if attr != self.attrname:
            raise TypeError("Cannot assign the same cached_property to two different names "
                            f"({self.attrname!r} and {attr!r}).")

    def _storage(self, obj):
        if self.attrname is None:
            raise TypeError("Cannot use cached_property instance without calling "
                            "__set_name__ on it.")
        try:
            return obj.__dict__
        except AttributeError:
            raise TypeError(f"No '__dict__' attribute on {type(obj).__name__!r} instance "
                            f"to cache {self.attrname!r} property.") from None

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        store = self._storage(obj)
        name = self.attrname
        value = store.get(name, _NOT_FOUND)
        if value is not _NOT_FOUND:
            return value
        value = self.func(obj)
        try:
            store[name] = value
        except TypeError:
            raise TypeError(f"The '__dict__' attribute on {type(obj).__name__!r} instance "
                            "does not support item assignment for caching "
                            f"{name!r} property.") from None
        return value

    __class_getitem__ = classmethod(GenericAlias)
