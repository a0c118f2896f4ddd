# Abstract methods in every form: plain, property, classmethod, staticmethod, the old helpers.
import abc
from abc import ABC, ABCMeta, abstractmethod


def attempt(label, thunk):
    try:
        print(label, '->', thunk())
    except Exception as e:
        print(label, '->', type(e).__name__, e)


class Shape(ABC):
    @abstractmethod
    def area(self):
        return 0

    @property
    @abstractmethod
    def name(self):
        ...

    @name.setter
    @abstractmethod
    def name(self, value):
        ...

    @staticmethod
    @abstractmethod
    def unit():
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @abc.abstractproperty
    def old_prop(self):
        ...

    @abc.abstractclassmethod
    def old_cm(cls):
        ...

    @abc.abstractstaticmethod
    def old_sm():
        ...


print(sorted(Shape.__abstractmethods__))
print(Shape.name.__isabstractmethod__, Shape.__dict__['unit'].__isabstractmethod__,
      Shape.__dict__['make'].__isabstractmethod__, Shape.__dict__['old_prop'].__isabstractmethod__,
      Shape.__dict__['old_cm'].__isabstractmethod__, Shape.__dict__['old_sm'].__isabstractmethod__)
print(type(Shape.__dict__['old_prop']).__name__, type(Shape.__dict__['old_cm']).__name__,
      type(Shape.__dict__['old_sm']).__name__, issubclass(abc.abstractproperty, property))
attempt('Shape()', Shape)


class Square(Shape):
    side = 2

    def area(self):
        return self.side ** 2 + super().area()

    @property
    def name(self):
        return 'square'

    @staticmethod
    def unit():
        return 'cm'

    @classmethod
    def make(cls):
        return cls()

    old_prop = 1
    old_cm = classmethod(lambda cls: cls.__name__)
    old_sm = staticmethod(lambda: 'sm')


s = Square.make()
print(s.area(), s.name, s.unit(), Square.old_cm(), Square.old_sm(), Square.__abstractmethods__)


class Partial(Shape):
    def area(self):
        return 1

    name = None


print(sorted(Partial.__abstractmethods__))
attempt('Partial()', Partial)


class Plain:
    @abstractmethod
    def f(self):
        pass


print(Plain().f(), Plain.f.__isabstractmethod__, hasattr(Plain, '__abstractmethods__'))


class One(metaclass=ABCMeta):
    @abstractmethod
    def only(self):
        pass


attempt('One()', One)


class Shadow(One):
    only = property(lambda self: 'prop')


print(Shadow().only, Shadow.__abstractmethods__)


class Descriptor:
    __isabstractmethod__ = True

    def __get__(self, obj, owner=None):
        return self


class UsesDescriptor(ABC):
    thing = Descriptor()


print(sorted(UsesDescriptor.__abstractmethods__))
attempt('UsesDescriptor()', UsesDescriptor)
attempt('abstractmethod(1)', lambda: abstractmethod(1))
f = abstractmethod(lambda: None)
print(f.__isabstractmethod__)
