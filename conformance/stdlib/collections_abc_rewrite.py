import pickle
import warnings
from collections.abc import (Set, MutableMapping, Mapping, Sequence, MutableSequence, Generator,
                             Coroutine, Callable, Iterable, Iterator, Container, Hashable,
                             Sized, Awaitable, AsyncIterable, AsyncGenerator, KeysView,
                             ItemsView, ValuesView, MappingView, MutableSet, Reversible,
                             Collection, Buffer)
import collections.abc as cabc


class ListSet(Set):
    def __init__(self, items=()):
        self.items = []
        for item in items:
            if item not in self.items:
                self.items.append(item)

    def __contains__(self, item):
        return item in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def __repr__(self):
        return "LS" + repr(sorted(self.items))

    __hash__ = Set._hash


a, b = ListSet([1, 2, 3]), ListSet([3, 4])
print(a & b, a | b, a - b, b - a, a ^ b, a & [2, 9], a - [1], [1, 5] - a, a ^ [3, 7], [3, 7] ^ a)
print(a.__sub__(5), a.__rsub__(5), a.__xor__(5), a.__and__(5), a.__or__(None))
try:
    a - 5
except TypeError as e:
    print("TypeError:", e)
print(a < ListSet([1, 2, 3, 4]), a < a, a <= a, a > ListSet([1]), a > a, a >= a, a == ListSet([3, 2, 1]),
      a == ListSet([1]), a == {1, 2, 3}, a != b, a.isdisjoint([7, 8]), a.isdisjoint(b))
print(a.__lt__([1]), a.__eq__(3))
print(hash(ListSet([1, 2, 3])) == hash(frozenset([1, 2, 3])), hash(ListSet()) == hash(frozenset()))


class Cfg(MutableMapping):
    def __init__(self):
        self.data = {}

    def __getitem__(self, key):
        return self.data[key]

    def __setitem__(self, key, value):
        self.data[key] = value

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __len__(self):
        return len(self.data)


c = Cfg()
c.update({"a": 1}, b=2)
c.update([("c", 3)], d=4, self=5)


class KeysOnly:
    def keys(self):
        return ["k"]

    def __getitem__(self, key):
        return key * 2


c.update(KeysOnly())
print(sorted(c.items()), c.get("zz", "dflt"), c.setdefault("a", 9), c.setdefault("new", 7))
print(c.pop("a"), c.pop("missing", None), c == dict(c.items()), c == 5, "b" in c, "q" in c)
print(list(c.keys()), list(c.values()), ("b", 2) in c.items(), ("b", 3) in c.items(), 2 in c.values())
print(repr(c.keys())[:9], isinstance(c.keys(), Set), len(c.values()))
print(c.popitem(), len(c))
c.clear()
print(len(c))
try:
    c.popitem()
except KeyError as e:
    print("KeyError", e.__context__, e.__suppress_context__)


class Seq(Sequence):
    def __init__(self, *items):
        self.items = items

    def __getitem__(self, index):
        return self.items[index]

    def __len__(self):
        return len(self.items)


s = Seq(5, 6, 7, 6, float("nan"))
nan = s[4]
print(s.index(6), s.index(6, 2), s.index(6, -3), s.index(7, -100), s.count(6), nan in s, s.index(nan))
for args in [(6, 0, 1), (6, 2, -2), (99,), (5, 1)]:
    try:
        print(s.index(*args))
    except ValueError as e:
        print("ValueError", repr(e))
print(list(reversed(s))[:4], 7 in s, 8 in s)
try:
    s.index(5, None)
except TypeError as e:
    print("TypeError", e)


class MSeq(MutableSequence):
    def __init__(self):
        self.items = []

    def __getitem__(self, index):
        return self.items[index]

    def __setitem__(self, index, value):
        self.items[index] = value

    def __delitem__(self, index):
        del self.items[index]

    def __len__(self):
        return len(self.items)

    def insert(self, index, value):
        self.items.insert(index, value)


m = MSeq()
m.extend([1, 2, 3])
m.append(4)
m += [5]
m.extend(m)
m.reverse()
print(m.items, m.pop(), m.pop(0))
m.remove(3)
print(m.items)
m.clear()
print(m.items)


class Gen(Generator):
    def __init__(self, ignore):
        self.ignore = ignore

    def send(self, value):
        return value

    def throw(self, typ, val=None, tb=None):
        if typ is GeneratorExit and self.ignore:
            return 1
        raise typ


class Coro(Coroutine):
    def __await__(self):
        yield

    def send(self, value):
        return value

    def throw(self, typ, val=None, tb=None):
        return 1


print(Gen(False).close(), next(Gen(False)))
for obj in (Gen(True), Coro()):
    try:
        obj.close()
    except RuntimeError as e:
        print("RuntimeError", e)
try:
    Gen(False).throw(ValueError)
except ValueError:
    print("ValueError thrown")
try:
    Generator.throw(Gen(False), KeyError, KeyError("k"))
except KeyError as e:
    print("KeyError", e)

alias = Callable[[int, str], float]
print(alias, alias.__args__, Callable[..., int], Callable[[], None].__args__)
print(pickle.loads(pickle.dumps(alias)) == alias, alias.__reduce__()[1][1])
print(Callable[..., int].__reduce__()[1][1])
from typing import TypeVar
T = TypeVar("T")
generic = Callable[[T], T]
print(generic[int], generic[int].__args__)
for bad in (int, (int,), (1, int)):
    try:
        print(Callable[bad])
    except TypeError as e:
        print("TypeError", e)
print(Iterable[int], Container[str], MappingView[int], Awaitable[int], AsyncIterable[bytes])

checks = [([], (MutableSequence, Sequence, Reversible, Collection)), ((), (Sequence, Hashable)),
          ("s", (Sequence,)), (range(3), (Sequence,)), (memoryview(b""), (Sequence, Buffer)),
          (b"", (Sequence, Buffer)), (bytearray(), (MutableSequence,)), ({}, (MutableMapping,)),
          (set(), (MutableSet,)), (frozenset(), (Set, Hashable)), ({}.keys(), (KeysView, Set)),
          ({}.items(), (ItemsView,)), ({}.values(), (ValuesView, Collection)),
          (iter([]), (Iterator,)), (iter(range(1 << 70)), (Iterator,)), (zip(), (Iterator,)),
          ((x for x in ()), (Generator,)), (type.__dict__, (Mapping,)), (len, (Callable,))]
print([all(isinstance(obj, kinds) for kinds in abcs) for obj, abcs in checks])
print(isinstance([], Set), isinstance({}, Sequence), isinstance(1, Sized), isinstance([], Hashable))


class NoIter:
    __iter__ = None


class Sub(Iterable):
    def __iter__(self):
        return iter(())


print(issubclass(NoIter, Iterable), issubclass(Sub, Iterable), isinstance(Sub(), Iterable))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    isinstance(b"", cabc.ByteString)
print(len(caught), caught and caught[0].category.__name__)
print(sorted(cabc.__all__))
