"""The abstract base classes of collections.abc, written for Sanca.

Each ABC recognises classes that define its methods (through __subclasshook__) and offers
mixin methods built on its abstract ones; the builtin types are registered with the ABCs they
implement, so that isinstance([], Sequence) holds. The behaviour is the library reference's
for collections.abc."""

from abc import ABCMeta, abstractmethod
import sys

GenericAlias = type(list[int])
EllipsisType = type(...)
FunctionType = type(lambda: None)

__all__ = [
    # one special method each
    "Hashable", "Sized", "Container", "Callable", "Buffer", "Iterable", "Iterator",
    "Reversible", "Generator", "Collection",
    # asynchronous protocols
    "Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator",
    # containers
    "Set", "MutableSet", "Mapping", "MutableMapping", "Sequence", "MutableSequence",
    "ByteString",
    # views of mappings
    "MappingView", "KeysView", "ItemsView", "ValuesView",
]

# The classes belong to the public module: their reprs and pickles say collections.abc.
__name__ = "collections.abc"


def _native_types():
    """The builtin iterator, view and coroutine types, which the ABCs register below; the
    module exposes them under the names CPython's does."""
    def gen():
        yield

    async def coro_function():
        pass

    async def agen():
        yield

    coro = coro_function()
    found = {
        "bytes_iterator": type(iter(b"")),
        "bytearray_iterator": type(iter(bytearray())),
        "dict_keyiterator": type(iter({}.keys())),
        "dict_valueiterator": type(iter({}.values())),
        "dict_itemiterator": type(iter({}.items())),
        "list_iterator": type(iter([])),
        "list_reverseiterator": type(iter(reversed([]))),
        "range_iterator": type(iter(range(0))),
        "longrange_iterator": type(iter(range(1 << 1000))),
        "set_iterator": type(iter(set())),
        "str_iterator": type(iter("")),
        "tuple_iterator": type(iter(())),
        "zip_iterator": type(iter(zip())),
        "dict_keys": type({}.keys()),
        "dict_values": type({}.values()),
        "dict_items": type({}.items()),
        "mappingproxy": type(type.__dict__),
        "generator": type(gen()),
        "coroutine": type(coro),
        "async_generator": type(agen()),
    }
    coro.close()
    return found


globals().update(_native_types())
del _native_types


def _check_methods(C, *methods):
    """The subclass hook's test: every method is defined somewhere on C's MRO, and the first
    definition found is not None (None marks a method as deliberately absent)."""
    for name in methods:
        owner = next((klass for klass in C.__mro__ if name in klass.__dict__), None)
        if owner is None or owner.__dict__[name] is None:
            return NotImplemented
    return True


def _hook(abc, *methods):
    """A __subclasshook__ that answers for `abc` itself (not its subclasses) by the methods
    a candidate class defines."""
    def __subclasshook__(cls, C):
        if cls is abc:
            return _check_methods(C, *methods)
        return NotImplemented
    return classmethod(__subclasshook__)


# One-trick ponies: an ABC per special method.

class Hashable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __hash__(self):
        return 0


Hashable.__subclasshook__ = _hook(Hashable, "__hash__")


class Awaitable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __await__(self):
        yield



Awaitable.__subclasshook__ = _hook(Awaitable, "__await__")


def _finish(throw, what):
    """close() of a generator or coroutine: GeneratorExit thrown in must end it."""
    try:
        throw(GeneratorExit)
    except (GeneratorExit, StopIteration):
        return
    raise RuntimeError(f"{what} ignored GeneratorExit")


def _throw_into(typ, val, tb):
    """What Coroutine.throw and Generator.throw do by default: raise the described exception."""
    if val is None:
        if tb is None:
            raise typ
        val = typ()
    if tb is not None:
        val = val.with_traceback(tb)
    raise val


class Coroutine(Awaitable):
    __slots__ = ()

    @abstractmethod
    def send(self, value):
        """Resumes the coroutine with value; gives what it yields next, or raises
        StopIteration when it finishes."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raises the exception at the coroutine's suspension point; gives what it yields
        next, or raises StopIteration when it finishes."""
        _throw_into(typ, val, tb)

    def close(self):
        """Finishes the coroutine by raising GeneratorExit inside it."""
        _finish(self.throw, "coroutine")


Coroutine.__subclasshook__ = _hook(Coroutine, "__await__", "send", "throw", "close")


class AsyncIterable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()



AsyncIterable.__subclasshook__ = _hook(AsyncIterable, "__aiter__")


class AsyncIterator(AsyncIterable):
    __slots__ = ()

    @abstractmethod
    async def __anext__(self):
        """Awaits the next item; raises StopAsyncIteration at the end."""
        raise StopAsyncIteration

    def __aiter__(self):
        return self


AsyncIterator.__subclasshook__ = _hook(AsyncIterator, "__anext__", "__aiter__")


class AsyncGenerator(AsyncIterator):
    __slots__ = ()

    async def __anext__(self):
        """Awaits the next item (asend(None)); raises StopAsyncIteration at the end."""
        return await self.asend(None)

    @abstractmethod
    async def asend(self, value):
        """Resumes the generator with value; awaits what it yields next, or raises
        StopAsyncIteration when it finishes."""
        raise StopAsyncIteration

    @abstractmethod
    async def athrow(self, typ, val=None, tb=None):
        """Raises the exception where the generator is suspended; awaits what it yields
        next, or raises StopAsyncIteration when it finishes."""
        _throw_into(typ, val, tb)

    async def aclose(self):
        """Finishes the generator by raising GeneratorExit inside it."""
        try:
            await self.athrow(GeneratorExit)
        except (GeneratorExit, StopAsyncIteration):
            return
        raise RuntimeError("asynchronous generator ignored GeneratorExit")


AsyncGenerator.__subclasshook__ = _hook(
    AsyncGenerator, "__aiter__", "__anext__", "asend", "athrow", "aclose")


class Iterable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __iter__(self):
        return iter(())



Iterable.__subclasshook__ = _hook(Iterable, "__iter__")


class Iterator(Iterable):
    __slots__ = ()

    @abstractmethod
    def __next__(self):
        """Gives the next item; raises StopIteration at the end."""
        raise StopIteration

    def __iter__(self):
        return self


Iterator.__subclasshook__ = _hook(Iterator, "__iter__", "__next__")


class Reversible(Iterable):
    __slots__ = ()

    @abstractmethod
    def __reversed__(self):
        return iter(())


Reversible.__subclasshook__ = _hook(Reversible, "__reversed__", "__iter__")


class Generator(Iterator):
    __slots__ = ()

    def __next__(self):
        """Gives the next item (send(None)); raises StopIteration at the end."""
        return self.send(None)

    @abstractmethod
    def send(self, value):
        """Resumes the generator with value; gives what it yields next, or raises
        StopIteration when it finishes."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raises the exception where the generator is suspended; gives what it yields
        next, or raises StopIteration when it finishes."""
        _throw_into(typ, val, tb)

    def close(self):
        """Finishes the generator by raising GeneratorExit inside it."""
        _finish(self.throw, "generator")


Generator.__subclasshook__ = _hook(Generator, "__iter__", "__next__", "send", "throw", "close")


class Sized(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __len__(self):
        return 0


Sized.__subclasshook__ = _hook(Sized, "__len__")


class Container(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __contains__(self, x):
        return False



Container.__subclasshook__ = _hook(Container, "__contains__")


class Collection(Sized, Iterable, Container):
    __slots__ = ()


Collection.__subclasshook__ = _hook(Collection, "__len__", "__iter__", "__contains__")


class Buffer(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __buffer__(self, flags: int, /) -> memoryview:
        raise NotImplementedError


Buffer.__subclasshook__ = _hook(Buffer, "__buffer__")


def _is_param_expr(obj):
    """Whether obj can stand for a whole parameter list in Callable[obj, R]: an ellipsis, a
    list of types, a typing.ParamSpec or a typing.Concatenate form."""
    if obj is Ellipsis or isinstance(obj, list):
        return True
    kind = type(obj)
    return kind.__module__ == "typing" and kind.__name__ in ("ParamSpec", "_ConcatenateGenericAlias")


def _type_repr(obj):
    """How Callable's repr shows one argument: builtins by bare name, other classes with
    their module, functions by name, anything else by repr."""
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is Ellipsis:
        return "..."
    if type(obj) is FunctionType:
        return obj.__name__
    return repr(obj)


def _params_whole(args):
    """Whether Callable's parameters are one expression (..., a ParamSpec) kept as one
    argument rather than spread out before the result."""
    return len(args) == 2 and _is_param_expr(args[0])


class _CallableGenericAlias(GenericAlias):
    """Callable[[A, B], R]: kept flat as (A, B, R) in __args__, shown with the brackets."""

    __slots__ = ()

    def __new__(cls, origin, args):
        if not isinstance(args, tuple) or len(args) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        params, result = args
        if isinstance(params, (tuple, list)):
            flat = (*params, result)
        elif _is_param_expr(params):
            flat = args
        else:
            raise TypeError(f"Expected a list of types, an ellipsis, "
                            f"ParamSpec, or Concatenate. Got {params}")
        return super().__new__(cls, origin, flat)

    def __repr__(self):
        if _params_whole(self.__args__):
            return super().__repr__()
        *params, result = self.__args__
        shown = ", ".join(map(_type_repr, params))
        return f"collections.abc.Callable[[{shown}], {_type_repr(result)}]"

    def __reduce__(self):
        if _params_whole(self.__args__):
            grouped = self.__args__
        else:
            *params, result = self.__args__
            grouped = (params, result)
        return _CallableGenericAlias, (Callable, grouped)

    def __getitem__(self, item):
        # Substituting type variables goes through GenericAlias; the result is regrouped so
        # that it is a Callable alias again.
        substituted = super().__getitem__(item if isinstance(item, tuple) else (item,))
        args = substituted.__args__
        if not isinstance(args[0], (tuple, list)):
            args = (args[:-1], args[-1])
        return _CallableGenericAlias(Callable, tuple(args))


class Callable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False


Callable.__subclasshook__ = _hook(Callable, "__call__")


# Sets

class Set(Collection):
    """A finite, iterable container with the set operations built from __contains__,
    __iter__ and __len__.

    Operators whose result is a new set build it with the classmethod _from_iterable, which
    calls the class on an iterable; a subclass whose constructor takes something else
    overrides _from_iterable.
    """

    __slots__ = ()

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) <= len(other) and all(elem in other for elem in self)

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) >= len(other):
            return False
        return self.__le__(other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) <= len(other):
            return False
        return self.__ge__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) >= len(other) and all(elem in self for elem in other)

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) != len(other):
            return False
        return self.__le__(other)

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def _as_set(self, other):
        """other itself when it is a Set, one made by _from_iterable when it is only
        iterable, None when it is neither."""
        if isinstance(other, Set):
            return other
        if isinstance(other, Iterable):
            return self._from_iterable(other)
        return None

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(item for item in other if item in self)

    __rand__ = __and__

    def isdisjoint(self, other):
        """True when no element of other is in this set."""
        return not any(value in self for value in other)

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(e for part in (self, other) for e in part)

    __ror__ = __or__

    def __sub__(self, other):
        other = self._as_set(other)
        if other is None:
            return NotImplemented
        return self._from_iterable(item for item in self if item not in other)

    def __rsub__(self, other):
        other = self._as_set(other)
        if other is None:
            return NotImplemented
        return self._from_iterable(item for item in other if item not in self)

    def __xor__(self, other):
        other = self._as_set(other)
        if other is None:
            return NotImplemented
        only_mine = self - other
        return only_mine | (other - self)

    __rxor__ = __xor__

    def _hash(self):
        """A hash for an immutable set that matches frozenset's for the same elements, so
        that a Set subclass can define __hash__ = Set._hash."""
        # frozenset's algorithm, on unsigned machine words, made signed at the end.
        top = sys.maxsize
        mask = 2 * top + 1
        acc = (1927868237 * (len(self) + 1)) & mask
        for elem in self:
            h = hash(elem)
            acc = (acc ^ ((h ^ (h << 16) ^ 89869747) * 3644798167)) & mask
        acc ^= (acc >> 11) ^ (acc >> 25)
        acc = (acc * 69069 + 907133923) & mask
        if acc > top:
            acc -= mask + 1
        return 590923713 if acc == -1 else acc




class MutableSet(Set):
    """A Set that changes in place: add and discard are abstract; remove, pop, clear and the
    in-place operators are built on them."""

    __slots__ = ()

    @abstractmethod
    def add(self, value):
        """Puts value in the set."""
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        """Takes value out of the set if it is there."""
        raise NotImplementedError

    def remove(self, value):
        """Takes value out of the set; KeyError if it is not there."""
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        """Takes some element out and returns it; KeyError if the set is empty."""
        for value in self:
            self.discard(value)
            return value
        raise KeyError

    def clear(self):
        """Remove every element, one pop() at a time."""
        while True:
            try:
                self.pop()
            except KeyError:
                return

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in (self - it):
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
            return self
        if not isinstance(it, Set):
            it = self._from_iterable(it)
        for value in it:
            if value in self:
                self.discard(value)
            else:
                self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
            return self
        for value in it:
            self.discard(value)
        return self




# Mappings

class Mapping(Collection):
    """A read-only mapping: __getitem__, __iter__ and __len__ are abstract; get, keys, items,
    values, __contains__ and __eq__ are built on them."""

    __slots__ = ()

    # Marks the class as a mapping for `match` statements (CPython's Py_TPFLAGS_MAPPING).
    __abc_tpflags__ = 1 << 6

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        """self[key] if key is present, else default."""
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def keys(self):
        """A set-like view of the keys."""
        return KeysView(self)

    def items(self):
        """A set-like view of the (key, value) pairs."""
        return ItemsView(self)

    def values(self):
        """A view of the values."""
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        # Compared as dicts: order does not matter, values compare with ==.
        return dict(self.items()).__eq__(dict(other.items()))

    __reversed__ = None




class MappingView(Sized):
    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f"{type(self).__name__}({self._mapping!r})"



class KeysView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping




def _same_value(a, b):
    # Containment in views and sequences treats identical objects as equal (nan included).
    return a is b or a == b


class ItemsView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            found = self._mapping[key]
        except KeyError:
            return False
        return _same_value(found, value)

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield (key, mapping[key])




class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __contains__(self, value):
        mapping = self._mapping
        return any(_same_value(mapping[key], value) for key in mapping)

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield mapping[key]



_NO_DEFAULT = object()


class MutableMapping(Mapping):
    """A Mapping that changes in place: __setitem__ and __delitem__ are abstract; pop, popitem,
    clear, update and setdefault are built on them."""

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    def pop(self, key, default=_NO_DEFAULT):
        """Removes key and returns its value; without the key, returns default if given,
        else raises KeyError."""
        try:
            value = self[key]
        except KeyError:
            if default is _NO_DEFAULT:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        """Removes some key and returns (key, value); KeyError when empty."""
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        """Removes every key."""
        while True:
            try:
                self.popitem()
            except KeyError:
                return

    def update(self, other=(), /, **kwds):
        """Sets keys from other (a mapping, an object with keys(), or an iterable of
        pairs), then from the keyword arguments."""
        if isinstance(other, Mapping):
            keys = iter(other)
        elif hasattr(other, "keys"):
            keys = other.keys()
        else:
            keys = None
        if keys is None:
            for key, value in other:
                self[key] = value
        else:
            for key in keys:
                self[key] = other[key]
        for name in kwds:
            self[name] = kwds[name]

    def setdefault(self, key, default=None):
        """self[key] if present; otherwise sets it to default and returns that."""
        try:
            return self[key]
        except KeyError:
            self[key] = default
            return default




# Sequences

class Sequence(Reversible, Collection):
    """A read-only sequence indexed from 0: __getitem__ and __len__ are abstract; iteration,
    containment, reversed, index and count are built on them."""

    __slots__ = ()

    # Marks the class as a sequence for `match` statements (CPython's Py_TPFLAGS_SEQUENCE).
    __abc_tpflags__ = 1 << 5

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        i = 0
        while True:
            try:
                value = self[i]
            except IndexError:
                return
            yield value
            i += 1

    def __contains__(self, value):
        return any(_same_value(v, value) for v in self)

    def __reversed__(self):
        for i in range(len(self) - 1, -1, -1):
            yield self[i]

    def index(self, value, start=0, stop=None):
        """The first index of value between start and stop; ValueError if absent."""
        if stop is not None and stop < 0:
            stop += len(self)
        position = start
        if start is not None and start < 0:
            position = max(0, start + len(self))
        while stop is None or position < stop:
            try:
                item = self[position]
            except IndexError:
                break
            if _same_value(item, value):
                return position
            position += 1
        raise ValueError

    def count(self, value):
        """How many items are value (or equal to it)."""
        return sum(1 for v in self if _same_value(v, value))




class _DeprecateByteStringMeta(ABCMeta):
    """ByteString is deprecated (to go in 3.14): defining a subclass or testing against it
    warns."""

    def __new__(meta, name, bases, body, **options):
        if name != "ByteString":
            _warn_byte_string()
        return super().__new__(meta, name, bases, body, **options)

    def __instancecheck__(cls, candidate):
        _warn_byte_string()
        return super().__instancecheck__(candidate)


def _warn_byte_string():
    import warnings
    warnings._deprecated("collections.abc.ByteString", remove=(3, 14))


class ByteString(Sequence, metaclass=_DeprecateByteStringMeta):
    """The common ABC of bytes and bytearray (deprecated)."""

    __slots__ = ()




class MutableSequence(Sequence):
    """A Sequence that changes in place: __setitem__, __delitem__ and insert are abstract;
    append, reverse, extend, pop, remove, clear and += are built on them."""

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        """Puts value before position index."""
        raise IndexError

    def append(self, value):
        """Adds value at the end."""
        self.insert(len(self), value)

    def clear(self):
        """Removes every item."""
        while True:
            try:
                self.pop()
            except IndexError:
                return

    def reverse(self):
        """Reverses the items in place."""
        last = len(self) - 1
        for i in range((last + 1) // 2):
            self[i], self[last - i] = self[last - i], self[i]

    def extend(self, values):
        """Appends each item of values."""
        if values is self:
            values = list(values)
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        """Removes the item at index (the last by default) and returns it."""
        v = self[index]
        del self[index]
        return v

    def remove(self, value):
        """Removes the first item equal to value; ValueError if there is none."""
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


def _register_builtins():
    """The builtin classes and the ABCs they implement without deriving from them."""
    table = {
        Iterator: (bytes_iterator, bytearray_iterator, dict_keyiterator, dict_valueiterator,
                   dict_itemiterator, list_iterator, list_reverseiterator, range_iterator,
                   longrange_iterator, set_iterator, str_iterator, tuple_iterator,
                   zip_iterator),
        Generator: (generator,),
        Coroutine: (coroutine,),
        AsyncGenerator: (async_generator,),
        Set: (frozenset,),
        MutableSet: (set,),
        Mapping: (mappingproxy,),
        MutableMapping: (dict,),
        KeysView: (dict_keys,),
        ItemsView: (dict_items,),
        ValuesView: (dict_values,),
        Sequence: (tuple, str, range, memoryview),
        ByteString: (bytes, bytearray),
        MutableSequence: (list, bytearray),
    }
    for abstract, concrete in table.items():
        for klass in concrete:
            abstract.register(klass)


def _make_generic():
    """Subscripting these (Iterable[int]) gives a types.GenericAlias; Callable has its own."""
    for abstract in (Awaitable, AsyncIterable, Iterable, Container, MappingView):
        abstract.__class_getitem__ = classmethod(GenericAlias)
    Callable.__class_getitem__ = classmethod(_CallableGenericAlias)


_register_builtins()
_make_generic()
del _register_builtins, _make_generic
