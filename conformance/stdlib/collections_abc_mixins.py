from collections.abc import (Set, MutableSet, Mapping, MutableMapping, Sequence,
                             MutableSequence, Iterable, Iterator, Generator, Hashable,
                             Sized, Container, Collection, Callable, Reversible,
                             Coroutine, Awaitable, AsyncIterable, AsyncIterator,
                             AsyncGenerator, KeysView, ItemsView, ValuesView, MappingView)
import collections.abc


class ListSet(MutableSet):
    def __init__(self, it=()):
        self.items = []
        for x in it:
            self.add(x)

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def add(self, x):
        if x not in self.items:
            self.items.append(x)

    def discard(self, x):
        if x in self.items:
            self.items.remove(x)

    def __repr__(self):
        return f'ListSet({self.items})'


a, b = ListSet([1, 2, 3]), ListSet([3, 4])
print(a & b, a | b, a - b, b - a, a ^ b)
print(a & [2, 9], [2, 9] & a, [5, 1] - a, a - [1])
print(a <= ListSet([1, 2, 3, 4]), a < a, a == ListSet([3, 2, 1]), a >= b, a > ListSet([1]))
print(a == {1, 2, 3}, a.isdisjoint([7, 8]), a.isdisjoint([3]))
print(a.__and__(5), a.__lt__([1]))
s = ListSet('abc')
s.remove('a')
try:
    s.remove('zz')
except KeyError as e:
    print('KeyError', e)
print(s.pop(), s)
s |= 'xy'
print(s)
s &= 'xyq'
print(s)
s ^= ['y', 'z']
print(s)
s -= ['x']
print(s)
s ^= s
print(s)
s.clear()
try:
    s.pop()
except KeyError as e:
    print('KeyError', repr(e))


class Frozen(Set):
    def __init__(self, it):
        self.items = list(dict.fromkeys(it))

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    __hash__ = Set._hash


for items in [(), (1,), (1, 2, 3), ('a', 'b'), (-1, -2, 2 ** 40)]:
    print(hash(Frozen(items)) == hash(frozenset(items)))


class Table(MutableMapping):
    def __init__(self):
        self.data = {}

    def __getitem__(self, k):
        return self.data[k]

    def __setitem__(self, k, v):
        self.data[k] = v

    def __delitem__(self, k):
        del self.data[k]

    def __iter__(self):
        return iter(self.data)

    def __len__(self):
        return len(self.data)


t = Table()
t.update({'a': 1}, b=2)
t.update([('c', 3)])


class KeysOnly:
    def keys(self):
        return ['k']

    def __getitem__(self, k):
        return k * 2


t.update(KeysOnly())
print(dict(t), len(t), 'a' in t, 'z' in t, t.get('z'), t.get('a'))
print(t.setdefault('a', 9), t.setdefault('n', 0), t.pop('n'), t.pop('zz', 'dflt'))
try:
    t.pop('zz')
except KeyError as e:
    print('KeyError', e)
print(t.popitem(), sorted(t.keys()), list(t.values()), list(t.items()))
print(type(t.keys()).__name__, type(t.items()).__name__, ('b', 2) in t.items(), ('b', 3) in t.items(), 2 in t.values())
print(t == {'b': 2, 'c': 3, 'k': 'kk'}, t == [1], t.keys() & {'b', 'x'}, sorted(map(repr, t.items() | {1})))
t.clear()
print(len(t))
try:
    t.popitem()
except KeyError as e:
    print('KeyError', repr(e))
print(Mapping.__reversed__, reversed.__name__)
try:
    reversed(t)
except TypeError as e:
    print('TypeError:', e)


class Seq(Sequence):
    def __init__(self, *items):
        self.items = items

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)


q = Seq(1, 2, 3, 2, float('nan'))
print(list(q), list(reversed(q)), 2 in q, 7 in q, q.index(2), q.index(2, 2), q.index(2, -3), q.count(2))
nan = q[4]
print(nan in q, q.count(nan), q.index(nan))
for args in [(9,), (1, 1), (2, 0, 1)]:
    try:
        q.index(*args)
    except ValueError as e:
        print('ValueError', repr(e))


class Vec(MutableSequence):
    def __init__(self, *items):
        self.items = list(items)

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]

    def __len__(self):
        return len(self.items)

    def insert(self, i, v):
        self.items.insert(i, v)


v = Vec(1, 2, 3)
v.append(4)
v.extend(v)
v.reverse()
print(v.items, v.pop(), v.pop(0), v.items)
v.remove(2)
v += (7, 8)
print(v.items)
try:
    v.remove(99)
except ValueError as e:
    print('ValueError', repr(e))
v.clear()
print(v.items)

for abc in (Iterable, Iterator, Generator, Hashable, Sized, Container, Collection, Callable,
            Reversible, Sequence, MutableSequence, Set, MutableSet, Mapping, MutableMapping,
            Awaitable, Coroutine, AsyncIterable, AsyncIterator, AsyncGenerator):
    print(abc.__name__, abc.__module__, sorted(abc.__abstractmethods__),
          [t.__name__ for t in (list, tuple, str, dict, set, frozenset, range, bytes, bytearray,
                                type(iter([])), type({}.keys()), type(len), type((x for x in ())))
           if issubclass(t, abc)])


class HasIter:
    def __iter__(self):
        return iter(())


class NoHash:
    __hash__ = None


print(issubclass(HasIter, Iterable), issubclass(HasIter, Iterator), isinstance(NoHash(), Hashable))
print(Callable[[int, str], bool], Callable[..., int], Callable[[], None])
print(Callable[[int], str].__args__, Callable[..., int].__args__)
try:
    Callable[int, str]
except TypeError as e:
    print('TypeError:', e)
try:
    Callable[int]
except TypeError as e:
    print('TypeError:', e)
print(Iterable[int], Mapping[str, int], KeysView({}), repr(ValuesView({1: 2})))
print(sorted(collections.abc.__all__))


def gen():
    x = yield 1
    print('got', x)
    yield 2


g = gen()
print(isinstance(g, Generator), next(g), g.send('sent'))


class MyGen(Generator):
    def __init__(self):
        self.n = 0

    def send(self, value):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n

    def throw(self, typ, val=None, tb=None):
        return super().throw(typ, val, tb)


mg = MyGen()
print(list(mg), next(MyGen()))
try:
    MyGen().throw(ValueError, ValueError('inner'))
except ValueError as e:
    print('ValueError', e)
mg2 = MyGen()
mg2.close()
print('closed')
