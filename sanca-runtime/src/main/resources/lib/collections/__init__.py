"""Container datatypes for Sanca.

deque comes from the native _collections module; defaultdict, OrderedDict, Counter, ChainMap,
namedtuple and the UserDict/UserList/UserString wrappers are written here, with CPython 3.12's
behaviour, reprs and messages."""

__all__ = [
    'ChainMap',
    'Counter',
    'OrderedDict',
    'UserDict',
    'UserList',
    'UserString',
    'defaultdict',
    'deque',
    'namedtuple',
]

import _collections_abc
import sys as _sys
from _collections import deque, _deque_iterator, _deque_reverse_iterator
from keyword import iskeyword as _iskeyword
from operator import itemgetter as _itemgetter
from reprlib import recursive_repr as _recursive_repr

# `import collections` makes collections.abc usable, as in CPython.
_sys.modules['collections.abc'] = _collections_abc
abc = _collections_abc

_collections_abc.MutableSequence.register(deque)


def _module_of_caller(depth):
    # The module a class factory was called from, for the new class's __module__.
    try:
        return _sys._getframe(depth + 1).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return '__main__'


class _ReprGuard:
    """Keys of the objects whose repr is being computed, so a self-containing structure shows
    `...` instead of recursing forever."""

    def __init__(self):
        self.active = set()

    def enter(self, obj):
        key = id(obj)
        if key in self.active:
            return False
        self.active.add(key)
        return True

    def leave(self, obj):
        self.active.discard(id(obj))


_repr_guard = _ReprGuard()


# --- defaultdict ----------------------------------------------------------------------------

class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory

    A dict whose missing keys are filled in by calling default_factory (with no arguments) on
    first access through d[key]. Other arguments are those of dict()."""

    __slots__ = ('default_factory',)

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if not (default_factory is None or callable(default_factory)):
            raise TypeError("first argument must be callable or None")
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key, /):
        """Called by d[key] for a missing key: stores and returns default_factory(), or raises
KeyError(key) when there is no factory."""
        make = self.default_factory
        if make is None:
            raise KeyError(key)
        self[key] = fresh = make()
        return fresh

    def _factory_repr(self):
        make = self.default_factory
        if make is None:
            return 'None'
        if not _repr_guard.enter(make):
            return '...'
        try:
            return repr(make)
        finally:
            _repr_guard.leave(make)

    def __repr__(self):
        return f'{type(self).__name__}({self._factory_repr()}, {dict.__repr__(self)})'

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = () if self.default_factory is None else (self.default_factory,)
        return type(self), args, None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        merged = self.copy()
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        merged = type(self)(self.default_factory, other)
        merged.update(self)
        return merged


defaultdict.__module__ = 'collections'


# --- OrderedDict ----------------------------------------------------------------------------

_absent = object()


class OrderedDict(dict):
    """A dict with order-aware operations: popitem from either end, move_to_end, reversed
    iteration, and equality with another OrderedDict that takes the order into account."""

    def __init__(self, other=(), /, **kwds):
        # Not through self.update: a subclass's own update must not see construction.
        _collections_abc.MutableMapping.update(self, other, **kwds)

    update = _collections_abc.MutableMapping.update

    def popitem(self, last=True):
        """Removes and returns the newest (key, value) pair, or the oldest when last is false."""
        if not self:
            raise KeyError('dictionary is empty')
        keys = dict.keys(self)
        key = next(reversed(keys) if last else iter(keys))
        return key, dict.pop(self, key)

    def move_to_end(self, key, last=True):
        """Moves an existing key to the newest end (or the oldest when last is false); KeyError
        when the key is absent."""
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        others = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in others:
            dict.__setitem__(self, k, v)

    def __reversed__(self):
        return reversed(dict.keys(self))

    def pop(self, key, default=_absent):
        """Removes key and returns its value, or default when given and the key is absent;
        KeyError otherwise."""
        if default is _absent:
            return dict.pop(self, key)
        return dict.pop(self, key, default)

    def setdefault(self, key, default=None):
        """Returns the value of key, first storing default under it when the key is absent."""
        if key in self:
            return self[key]
        self[key] = default
        return default

    def __repr__(self):
        name = type(self).__name__
        if not self:
            return f'{name}()'
        if not _repr_guard.enter(self):
            return '...'
        try:
            return f'{name}({dict(self.items())!r})'
        finally:
            _repr_guard.leave(self)

    def __reduce__(self):
        state = getattr(self, '__dict__', None) or None
        return type(self), (), state, None, iter(self.items())

    def copy(self):
        """A shallow copy, of the same class."""
        return type(self)(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """A new ordered dictionary with the keys of iterable, each mapped to value."""
        made = cls()
        for key in iterable:
            made[key] = value
        return made

    def __eq__(self, other):
        if not isinstance(other, OrderedDict):
            return dict.__eq__(self, other)
        if not dict.__eq__(self, other):
            return False
        return all(a == b for a, b in zip(dict.keys(self), dict.keys(other)))

    def __ne__(self, other):
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    __hash__ = None

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        merged = type(self)(self)
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        merged = type(self)(other)
        merged.update(self)
        return merged


OrderedDict.__module__ = 'collections'


# --- namedtuple -----------------------------------------------------------------------------

class _tuplegetter:
    # The descriptor of one field of a named tuple: item `index` of the tuple, read-only. (No
    # docstring: __doc__ is a slot, holding the field's own.)
    __slots__ = ('_index', '__doc__')

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if isinstance(instance, tuple):
            return tuple.__getitem__(instance, self._index)
        raise TypeError(f"descriptor for index '{self._index}' for tuple subclasses "
                        f"doesn't apply to '{type(instance).__name__}' object")

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")

    def __repr__(self):
        return f'_tuplegetter({self._index}, {self.__doc__!r})'

    def __reduce__(self):
        return type(self), (self._index, self.__doc__)


_tuplegetter.__module__ = 'collections'


def _field_list(field_names, rename):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    names = [str(name) for name in field_names]
    if rename:
        used = set()
        for position, name in enumerate(names):
            unusable = (not name.isidentifier() or _iskeyword(name) or name.startswith('_')
                        or name in used)
            if unusable:
                names[position] = f'_{position}'
            used.add(name)
    return names


def _check_names(typename, names, rename):
    for name in (typename, *names):
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError(f'Type names and field names must be valid identifiers: {name!r}')
        if _iskeyword(name):
            raise ValueError(f'Type names and field names cannot be a keyword: {name!r}')
    used = set()
    for name in names:
        if name.startswith('_') and not rename:
            raise ValueError(f'Field names cannot start with an underscore: {name!r}')
        if name in used:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        used.add(name)


def _defaults_by_field(names, defaults):
    if defaults is None:
        return None, {}
    defaults = tuple(defaults)
    if len(defaults) > len(names):
        raise TypeError('Got more default values than field names')
    # Defaults apply to the rightmost fields.
    return defaults, dict(zip(names[len(names) - len(defaults):], defaults))


def _make_constructor(typename, names, defaults):
    # Compiled from source so that its signature, and so its TypeErrors, name the fields.
    params = ', '.join(names)
    packed = params + ',' if len(names) == 1 else params
    scope = {'_new_tuple': tuple.__new__, '__builtins__': {},
             '__name__': f'namedtuple_{typename}'}
    constructor = eval(f'lambda _cls, {params}: _new_tuple(_cls, ({packed}))', scope)
    constructor.__name__ = '__new__'
    constructor.__doc__ = f'Create new instance of {typename}({packed})'
    if defaults is not None:
        constructor.__defaults__ = defaults
    return constructor


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Makes a tuple subclass named typename whose items are also reachable as attributes named
    by field_names (a sequence of strings, or one string of names separated by commas and/or
    spaces). rename replaces invalid names by _0, _1, ...; defaults gives default values to the
    rightmost fields; module sets __module__ (by default the caller's module)."""
    names = _field_list(field_names, rename)
    typename = _sys.intern(str(typename))
    _check_names(typename, names, rename)
    defaults, field_defaults = _defaults_by_field(names, defaults)
    fields = tuple(_sys.intern(name) for name in names)
    count = len(fields)
    shown_args = ', '.join(fields) + (',' if count == 1 else '')
    make_tuple = tuple.__new__

    def _make(cls, iterable):
        made = make_tuple(cls, iterable)
        if len(made) != count:
            raise TypeError(f'Expected {count} arguments, got {len(made)}')
        return made

    def _replace(self, /, **changes):
        made = self._make([changes.pop(name, value) for name, value in zip(fields, self)])
        if changes:
            raise ValueError(f'Got unexpected field names: {list(changes)!r}')
        return made

    def __repr__(self):
        inner = ', '.join(f'{name}={value!r}' for name, value in zip(fields, self))
        return f'{type(self).__name__}({inner})'

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    _make.__doc__ = f'Make a new {typename} object from a sequence or iterable'
    _replace.__doc__ = f'Return a new {typename} object replacing specified fields with new values'
    __repr__.__doc__ = 'Return a nicely formatted representation string'
    _asdict.__doc__ = 'Return a new dict which maps field names to their values.'
    __getnewargs__.__doc__ = 'Return self as a plain tuple.  Used by copy and pickle.'
    methods = {'__new__': _make_constructor(typename, fields, defaults), '_make': _make,
               '_replace': _replace, '__repr__': __repr__, '_asdict': _asdict,
               '__getnewargs__': __getnewargs__}
    for name, method in methods.items():
        method.__qualname__ = f'{typename}.{name}'
    methods['_make'] = classmethod(_make)

    namespace = {'__doc__': f'{typename}({shown_args})', '__slots__': (), '_fields': fields,
                 '_field_defaults': field_defaults, '__match_args__': fields, **methods}
    for index, name in enumerate(fields):
        namespace[name] = _tuplegetter(index, f'Alias for field number {index}')
    cls = type(typename, (tuple,), namespace)
    if module is None:
        module = _module_of_caller(1)
    if module is not None:
        cls.__module__ = module
    return cls


# --- Counter --------------------------------------------------------------------------------

def _count_elements(mapping, iterable):
    """Adds one to mapping[x] for each x of iterable."""
    current = mapping.get
    for item in iterable:
        mapping[item] = current(item, 0) + 1


def _combined(left, right, rule, keep):
    # A new Counter of rule(count in left, count in right) over the elements of both, keeping
    # the results `keep` accepts; elements only in right come last, as CPython orders them.
    result = Counter()
    for item, count in left.items():
        value = rule(count, right[item])
        if keep(value):
            result[item] = value
    for item, count in right.items():
        if item not in left:
            value = rule(0, count)
            if keep(value):
                result[item] = value
    return result


def _positive(value):
    return value > 0


class Counter(dict):
    """A dict that counts hashable things: its keys are elements and its values their counts
    (a bag, or multiset). Missing elements count zero."""

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        """An element that is not there counts zero."""
        return 0

    def total(self):
        """The sum of all counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """The n most common elements with their counts, most common first (all of them when
        n is None); equal counts keep their insertion order."""
        if n is None:
            return sorted(self.items(), key=_itemgetter(1), reverse=True)
        import heapq
        return heapq.nlargest(n, self.items(), key=_itemgetter(1))

    def elements(self):
        """An iterator over the elements, each repeated as many times as its count (elements
        with zero or negative counts are left out)."""
        from itertools import chain, repeat, starmap
        return chain.from_iterable(starmap(repeat, self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Adds counts: from a mapping of counts, or one per element of an iterable."""
        if iterable is not None:
            if not isinstance(iterable, _collections_abc.Mapping):
                _count_elements(self, iterable)
            elif self:
                current = self.get
                for item, count in iterable.items():
                    self[item] = count + current(item, 0)
            else:
                dict.update(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Subtracts counts (from a mapping of counts, or one per element of an iterable);
        counts may go to zero or below."""
        if iterable is not None:
            current = self.get
            if isinstance(iterable, _collections_abc.Mapping):
                pairs = iterable.items()
            else:
                pairs = ((item, 1) for item in iterable)
            for item, count in pairs:
                self[item] = current(item, 0) - count
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """A shallow copy, of the same class."""
        return type(self)(self)

    def __reduce__(self):
        return type(self), (dict(self),)

    def __delitem__(self, elem):
        """Removes an element; one that is not there is ignored."""
        if elem in self:
            super().__delitem__(elem)

    def __repr__(self):
        name = type(self).__name__
        if not self:
            return f'{name}()'
        try:
            shown = dict(self.most_common())
        except TypeError:
            shown = dict(self)
        return f'{name}({shown!r})'

    # Comparisons treat missing elements as zero counts.

    def _all_counts(self, other, test):
        return all(test(self[item], other[item]) for source in (self, other) for item in source)

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_counts(other, lambda a, b: a == b)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_counts(other, lambda a, b: a <= b)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_counts(other, lambda a, b: a >= b)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    # Multiset arithmetic keeps positive counts only.

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return _combined(self, other, lambda a, b: a + b, _positive)

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return _combined(self, other, lambda a, b: a - b, _positive)

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return _combined(self, other, lambda a, b: b if a < b else a, _positive)

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for item, count in self.items():
            other_count = other[item]
            value = count if count < other_count else other_count
            if value > 0:
                result[item] = value
        return result

    def __pos__(self):
        return _combined(self, Counter(), lambda a, b: a, _positive)

    def __neg__(self):
        return _combined(self, Counter(), lambda a, b: 0 - a, _positive)

    def _keep_positive(self):
        for item in [item for item, count in self.items() if not count > 0]:
            del self[item]
        return self

    def __iadd__(self, other):
        for item, count in other.items():
            self[item] += count
        return self._keep_positive()

    def __isub__(self, other):
        for item, count in other.items():
            self[item] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for item, other_count in other.items():
            if other_count > self[item]:
                self[item] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for item, count in self.items():
            other_count = other[item]
            if other_count < count:
                self[item] = other_count
        return self._keep_positive()


# --- ChainMap -------------------------------------------------------------------------------

class ChainMap(_collections_abc.MutableMapping):
    """A single view over several mappings (the list `maps`), searched in order; writes and
    deletions go to the first mapping only."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                continue
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        # Keys in the order of the last mapping first, as a dict merged from the back would.
        order = {}
        for mapping in reversed(self.maps):
            order.update(dict.fromkeys(mapping))
        return iter(order)

    def __contains__(self, key):
        return any(key in mapping for mapping in self.maps)

    def __bool__(self):
        return any(self.maps)

    @_recursive_repr()
    def __repr__(self):
        return f'{type(self).__name__}({", ".join(repr(m) for m in self.maps)})'

    @classmethod
    def fromkeys(cls, iterable, value=None, /):
        """A ChainMap over one new dict of the keys of iterable, each mapped to value."""
        return cls(dict.fromkeys(iterable, value))

    def copy(self):
        """A ChainMap of the same class over a copy of maps[0] and the other maps themselves."""
        return type(self)(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """A ChainMap with m (a new dict by default, updated with kwargs) in front of these maps."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        """A ChainMap over all the maps but the first."""
        return type(self)(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        """Removes and returns a pair of maps[0]; KeyError when it is empty."""
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        """Removes key from maps[0] and returns its value; KeyError when maps[0] lacks it."""
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        """Empties maps[0]; the other maps are left alone."""
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        merged = self.copy()
        merged.maps[0].update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        merged = dict(other)
        for mapping in reversed(self.maps):
            merged.update(mapping)
        return type(self)(merged)


# --- UserDict, UserList, UserString ---------------------------------------------------------

def _unwrap(value, wrapper):
    # The plain object inside a User* wrapper, or the value itself.
    return value.data if isinstance(value, wrapper) else value


class UserDict(_collections_abc.MutableMapping):
    """A dict-like class that keeps its contents in a real dict, the attribute `data`, for
    subclasses to override single operations."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        missing = getattr(type(self), '__missing__', None)
        if missing is not None:
            return missing(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, (UserDict, dict)):
            return type(self)(self.data | _unwrap(other, UserDict))
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, (UserDict, dict)):
            return type(self)(_unwrap(other, UserDict) | self.data)
        return NotImplemented

    def __ior__(self, other):
        self.data |= _unwrap(other, UserDict)
        return self

    def __copy__(self):
        twin = type(self).__new__(type(self))
        twin.__dict__.update(self.__dict__)
        twin.__dict__['data'] = self.__dict__['data'].copy()
        return twin

    def copy(self):
        if type(self) is UserDict:
            return UserDict(self.data.copy())
        # A subclass may keep more state: copy the instance around an empty data dict, then
        # fill the copy through its own __setitem__.
        import copy
        kept = self.data
        try:
            self.data = {}
            twin = copy.copy(self)
        finally:
            self.data = kept
        twin.update(self)
        return twin

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for key in iterable:
            made[key] = value
        return made


class UserList(_collections_abc.MutableSequence):
    """A list-like class that keeps its contents in a real list, the attribute `data`."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is None:
            return
        if type(initlist) == type(self.data):
            self.data[:] = initlist
        elif isinstance(initlist, UserList):
            self.data[:] = initlist.data[:]
        else:
            self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def __lt__(self, other):
        return self.data < _unwrap(other, UserList)

    def __le__(self, other):
        return self.data <= _unwrap(other, UserList)

    def __eq__(self, other):
        return self.data == _unwrap(other, UserList)

    def __gt__(self, other):
        return self.data > _unwrap(other, UserList)

    def __ge__(self, other):
        return self.data >= _unwrap(other, UserList)

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return type(self)(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def _as_list(self, other):
        if isinstance(other, UserList):
            return other.data
        return other if isinstance(other, type(self.data)) else list(other)

    def __add__(self, other):
        return type(self)(self.data + self._as_list(other))

    def __radd__(self, other):
        return type(self)(self._as_list(other) + self.data)

    def __iadd__(self, other):
        self.data += self._as_list(other)
        return self

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        twin = type(self).__new__(type(self))
        twin.__dict__.update(self.__dict__)
        twin.__dict__['data'] = self.__dict__['data'][:]
        return twin

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return type(self)(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        self.data.extend(_unwrap(other, UserList))


class UserString(_collections_abc.Sequence):
    """A str-like class that keeps its contents in a real str, the attribute `data`. Methods
    that make a new string return an instance of the same class."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def __eq__(self, string):
        return self.data == _unwrap(string, UserString)

    def __lt__(self, string):
        return self.data < _unwrap(string, UserString)

    def __le__(self, string):
        return self.data <= _unwrap(string, UserString)

    def __gt__(self, string):
        return self.data > _unwrap(string, UserString)

    def __ge__(self, string):
        return self.data >= _unwrap(string, UserString)

    def __contains__(self, char):
        return _unwrap(char, UserString) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return type(self)(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            return type(self)(self.data + other.data)
        return type(self)(self.data + (other if isinstance(other, str) else str(other)))

    def __radd__(self, other):
        return type(self)((other if isinstance(other, str) else str(other)) + self.data)

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return type(self)(self.data % args)

    def __rmod__(self, template):
        return type(self)(str(template) % self)

    def encode(self, encoding='utf-8', errors='strict'):
        return self.data.encode('utf-8' if encoding is None else encoding,
                                'strict' if errors is None else errors)

    maketrans = str.maketrans

    def count(self, sub, start=0, end=_sys.maxsize):
        return self.data.count(_unwrap(sub, UserString), start, end)

    def find(self, sub, start=0, end=_sys.maxsize):
        return self.data.find(_unwrap(sub, UserString), start, end)

    def rfind(self, sub, start=0, end=_sys.maxsize):
        return self.data.rfind(_unwrap(sub, UserString), start, end)

    def index(self, sub, start=0, end=_sys.maxsize):
        return self.data.index(sub, start, end)

    def rindex(self, sub, start=0, end=_sys.maxsize):
        return self.data.rindex(sub, start, end)

    def startswith(self, prefix, start=0, end=_sys.maxsize):
        return self.data.startswith(prefix, start, end)

    def endswith(self, suffix, start=0, end=_sys.maxsize):
        return self.data.endswith(suffix, start, end)

    def removeprefix(self, prefix, /):
        return type(self)(self.data.removeprefix(_unwrap(prefix, UserString)))

    def removesuffix(self, suffix, /):
        return type(self)(self.data.removesuffix(_unwrap(suffix, UserString)))

    def replace(self, old, new, maxsplit=-1):
        return type(self)(self.data.replace(_unwrap(old, UserString), _unwrap(new, UserString),
                                            maxsplit))


def _string_method(name, rewrap):
    # A UserString method that calls the str method of the same name on `data`, wrapping a
    # str result in the instance's class when rewrap is true.
    str_method = getattr(str, name)
    if rewrap:
        def method(self, /, *args, **kwargs):
            return type(self)(str_method(self.data, *args, **kwargs))
    else:
        def method(self, /, *args, **kwargs):
            return str_method(self.data, *args, **kwargs)
    method.__name__ = name
    method.__qualname__ = f'UserString.{name}'
    method.__doc__ = str_method.__doc__
    return method


for _name in ('capitalize', 'casefold', 'center', 'expandtabs', 'ljust', 'lower', 'lstrip',
              'rjust', 'rstrip', 'strip', 'swapcase', 'title', 'translate', 'upper', 'zfill'):
    setattr(UserString, _name, _string_method(_name, True))
for _name in ('format', 'format_map', 'isalpha', 'isalnum', 'isascii', 'isdecimal', 'isdigit',
              'isidentifier', 'islower', 'isnumeric', 'isprintable', 'isspace', 'istitle',
              'isupper', 'join', 'partition', 'rpartition', 'split', 'rsplit', 'splitlines'):
    setattr(UserString, _name, _string_method(_name, False))
del _name
