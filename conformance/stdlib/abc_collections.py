# ABCs defined by programs working with collections.abc, dataclasses and properties.
import abc
import collections.abc as cabc
from dataclasses import dataclass


class Store(cabc.MutableMapping):
    def __init__(self):
        self._data = {}

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        self._data[key] = value

    def __delitem__(self, key):
        del self._data[key]

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)


s = Store()
s['a'] = 1
s.update(b=2)
print(dict(s), s.get('z', 0), isinstance(s, cabc.Mapping), isinstance(s, dict), Store.__abstractmethods__)


class Incomplete(cabc.Sequence):
    def __len__(self):
        return 0


try:
    Incomplete()
except TypeError as e:
    print('TypeError', e)


class Readable(abc.ABC):
    @abc.abstractmethod
    def read(self):
        ...


Readable.register(cabc.Iterator)
print(issubclass(type(iter([])), Readable), isinstance(iter(()), Readable), issubclass(list, Readable))


@dataclass
class Point(abc.ABC):
    x: int

    @abc.abstractmethod
    def norm(self):
        ...


try:
    Point(1)
except TypeError as e:
    print('TypeError', e)


@dataclass
class RealPoint(Point):
    def norm(self):
        return abs(self.x)


print(RealPoint(-3).norm(), RealPoint(2))


class Prop(abc.ABC):
    @property
    @abc.abstractmethod
    def value(self):
        ...

    @value.setter
    def value(self, v):
        ...


print(sorted(Prop.__abstractmethods__), Prop.value.__isabstractmethod__)


class Prop2(Prop):
    @property
    def value(self):
        return 5


print(Prop2().value, Prop2.__abstractmethods__)
print(isinstance({}, cabc.Hashable), isinstance([], cabc.Hashable), issubclass(tuple, cabc.Hashable))
