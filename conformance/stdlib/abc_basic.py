from abc import ABC, ABCMeta, abstractmethod, abstractproperty, get_cache_token, update_abstractmethods
import abc


class Base(ABC):
    @abstractmethod
    def run(self):
        ...

    @property
    @abstractmethod
    def size(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...


print(sorted(Base.__abstractmethods__), type(Base), Base.__mro__)
try:
    Base()
except TypeError as e:
    print("TypeError:", e)


class Half(Base):
    def run(self):
        return 'ran'


print(sorted(Half.__abstractmethods__))
try:
    Half()
except TypeError as e:
    print("TypeError:", e)


class Full(Half):
    size = 3

    @classmethod
    def make(cls):
        return cls()


print(Full.__abstractmethods__, Full.make().run(), Full().size)


class Duck(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if any('quack' in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented


class Mallard:
    def quack(self):
        pass


print(issubclass(Mallard, Duck), isinstance(Mallard(), Duck), issubclass(int, Duck))
token = get_cache_token()


class Registered(ABC):
    pass


Registered.register(int)
print(issubclass(int, Registered), isinstance(3, Registered), issubclass(bool, Registered), issubclass(str, Registered),
      get_cache_token() != token, Registered.register(float) is float)
try:
    Registered.register(3)
except TypeError as e:
    print("TypeError:", e)


class Later(ABC):
    @abstractmethod
    def go(self):
        ...


Later.go = lambda self: 'went'
update_abstractmethods(Later)
print(Later.__abstractmethods__, Later().go())
print(abstractmethod(lambda: 0).__isabstractmethod__)
try:
    issubclass(1, Registered)
except TypeError as e:
    print("TypeError:", e)
