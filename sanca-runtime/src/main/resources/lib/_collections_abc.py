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

__all__ = ["Awaitable", "Coroutine",
           "AsyncIterable", "AsyncIterator", "AsyncGenerator",
           "Hashable", "Iterable", "Iterator", "Generator", "Reversible",
           "Sized", "Container", "Callable", "Collection",
           "Set", "MutableSet",
           "Mapping", "MutableMapping",
           "MappingView", "KeysView", "ItemsView", "ValuesView",
           "Sequence", "MutableSequence",
           "ByteString", "Buffer",
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
    mro = C.__mro__
    for name in methods:
        for klass in mro:
            if name in klass.__dict__:
                if klass.__dict__[name] is None:
                    return NotImplemented
                break
        else:
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

    __class_getitem__ = classmethod(GenericAlias)


Awaitable.__subclasshook__ = _hook(Awaitable, "__await__")


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
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            return
        raise RuntimeError("coroutine ignored GeneratorExit")


Coroutine.__subclasshook__ = _hook(Coroutine, "__await__", "send", "throw", "close")
Coroutine.register(coroutine)


class AsyncIterable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()

    __class_getitem__ = classmethod(GenericAlias)


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
AsyncGenerator.register(async_generator)


class Iterable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __iter__(self):
        return iter(())

    __class_getitem__ = classmethod(GenericAlias)


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
for _iterator_type in (bytes_iterator, bytearray_iterator, dict_keyiterator,
                       dict_valueiterator, dict_itemiterator, list_iterator,
                       list_reverseiterator, range_iterator, longrange_iterator,
                       set_iterator, str_iterator, tuple_iterator, zip_iterator):
    Iterator.register(_iterator_type)
del _iterator_type


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
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            return
        raise RuntimeError("generator ignored GeneratorExit")


Generator.__subclasshook__ = _hook(Generator, "__iter__", "__next__", "send", "throw", "close")
Generator.register(generator)


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

    __class_getitem__ = classmethod(GenericAlias)


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
    if isinstance(obj, FunctionType):
        return obj.__name__
    return repr(obj)


class _CallableGenericAlias(GenericAlias):
    """Callable[[A, B], R]: kept flat as (A, B, R) in __args__, shown with the brackets."""

    __slots__ = ()

    def __new__(cls, origin, args):
        if not (isinstance(args, tuple) and len(args) == 2):
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
        args = self.__args__
        if len(args) == 2 and _is_param_expr(args[0]):
            return super().__repr__()
        params = ", ".join(_type_repr(a) for a in args[:-1])
        return f"collections.abc.Callable[[{params}], {_type_repr(args[-1])}]"

    def __reduce__(self):
        args = self.__args__
        if not (len(args) == 2 and _is_param_expr(args[0])):
            args = list(args[:-1]), args[-1]
        return _CallableGenericAlias, (Callable, args)

    def __getitem__(self, item):
        # Substituting type variables goes through GenericAlias; the result is regrouped so
        # that it is a Callable alias again.
        if not isinstance(item, tuple):
            item = (item,)
        args = super().__getitem__(item).__args__
        if not isinstance(args[0], (tuple, list)):
            args = (args[:-1], args[-1])
        return _CallableGenericAlias(Callable, tuple(args))


class Callable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False

    __class_getitem__ = classmethod(_CallableGenericAlias)


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
        return len(self) < len(other) and self.__le__(other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) >= len(other) and all(elem in self for elem in other)

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(value for value in other if value in self)

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
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in self if value not in other)

    def __rsub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in other if value not in self)

    def __xor__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return (self - other) | (other - self)

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


Set.register(frozenset)


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


MutableSet.register(set)


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
        return dict(self.items()) == dict(other.items())

    __reversed__ = None


Mapping.register(mappingproxy)


class MappingView(Sized):
    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f"{type(self).__name__}({self._mapping!r})"

    __class_getitem__ = classmethod(GenericAlias)


class KeysView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


KeysView.register(dict_keys)


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


ItemsView.register(dict_items)


class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __contains__(self, value):
        mapping = self._mapping
        return any(_same_value(mapping[key], value) for key in mapping)

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield mapping[key]


ValuesView.register(dict_values)

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
        for key in self:
            break
        else:
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
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        """self[key] if present; otherwise sets it to default and returns that."""
        try:
            return self[key]
        except KeyError:
            self[key] = default
            return default


MutableMapping.register(dict)


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
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if _same_value(v, value):
                return i
            i += 1
        raise ValueError

    def count(self, value):
        """How many items are value (or equal to it)."""
        return sum(1 for v in self if _same_value(v, value))


for _sequence_type in (tuple, str, range, memoryview):
    Sequence.register(_sequence_type)
del _sequence_type


class _DeprecateByteStringMeta(ABCMeta):
    """ByteString is deprecated (to go in 3.14): defining a subclass or testing against it
    warns."""

    def __new__(cls, name, bases, namespace, **kwargs):
        if name != "ByteString":
            _warn_byte_string()
        return super().__new__(cls, name, bases, namespace, **kwargs)

    def __instancecheck__(cls, instance):
        _warn_byte_string()
        return super().__instancecheck__(instance)


def _warn_byte_string():
    import warnings
    warnings._deprecated("collections.abc.ByteString", remove=(3, 14))


class ByteString(Sequence, metaclass=_DeprecateByteStringMeta):
    """The common ABC of bytes and bytearray (deprecated)."""

    __slots__ = ()


ByteString.register(bytes)
ByteString.register(bytearray)


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


MutableSequence.register(list)
MutableSequence.register(bytearray)
