# ABCMeta as a metaclass: attribute, mro and cache internals visible to programs.
from abc import ABC, ABCMeta, abstractmethod
import abc


class A(ABC):
    @abstractmethod
    def f(self):
        ...


class B(A):
    def f(self):
        return 1


print(type(A), type(B), B.__bases__, A.__abstractmethods__, B.__abstractmethods__)
print(isinstance(A.__abstractmethods__, frozenset), isinstance(B(), A), issubclass(B, ABC))
print(abc.ABCMeta.__instancecheck__(A, B()), abc.ABCMeta.__subclasscheck__(A, B))


class Mixed(B, int):
    pass


print(Mixed(3), isinstance(Mixed(3), A), isinstance(Mixed(3), int))


class Weird(metaclass=ABCMeta):
    __abstractmethods__ = frozenset({'x'})


print(Weird.__abstractmethods__)


class Slotted(ABC):
    __slots__ = ('a',)


o = Slotted()
o.a = 1
try:
    o.b = 2
except AttributeError as e:
    print('AttributeError', e)


class Counted(ABC):
    instances = 0

    def __new__(cls, *args):
        cls.instances += 1
        return super().__new__(cls)


Counted()
Counted()
print(Counted.instances)


class WithMetaMethod(ABCMeta):
    def describe(cls):
        return f'{cls.__name__} with {sorted(cls.__abstractmethods__)}'


class Described(metaclass=WithMetaMethod):
    @abstractmethod
    def go(self):
        ...


print(Described.describe())
try:
    class Conflict(ABC, metaclass=type):
        pass
except TypeError as e:
    print('TypeError', e)
print([name for name in dir(abc) if not name.startswith('_')])
print(abc.get_cache_token() is not None, callable(abc.update_abstractmethods))
