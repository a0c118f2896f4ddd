# __subclasshook__ results and caching, and ABCs mixed with other metaclass features.
from abc import ABC, ABCMeta, abstractmethod, update_abstractmethods
import abc

calls = []


class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, other):
        calls.append(other.__name__)
        if cls is not Sized:
            return NotImplemented
        if any('__len__' in B.__dict__ for B in other.__mro__):
            return True
        if other.__name__.startswith('No'):
            return False
        return NotImplemented


class HasLen:
    def __len__(self):
        return 0


class NoLen:
    pass


class Other:
    pass


print(issubclass(HasLen, Sized), issubclass(HasLen, Sized), issubclass(NoLen, Sized),
      issubclass(Other, Sized), isinstance([], Sized), isinstance(3, Sized))
print(calls)


class SizedChild(Sized):
    pass


print(issubclass(HasLen, SizedChild), issubclass(list, SizedChild))


class Bad(ABC):
    @classmethod
    def __subclasshook__(cls, other):
        return 'yes'


try:
    issubclass(int, Bad)
except AssertionError as e:
    print('AssertionError', e)


class WithInit(ABC):
    def __init_subclass__(cls, flag=None, **kw):
        super().__init_subclass__(**kw)
        cls.flag = flag


class Flagged(WithInit, flag='on'):
    pass


print(Flagged.flag, isinstance(Flagged(), WithInit))


class KwMeta(ABCMeta):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        cls.extra = sorted(kw)
        return cls

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


class UsesKw(metaclass=KwMeta):
    pass


print(UsesKw.extra, type(UsesKw).__mro__)


class Base(ABC):
    @abstractmethod
    def a(self):
        pass

    @abstractmethod
    def b(self):
        pass


class Impl(Base):
    def a(self):
        return 'a'


print(sorted(Impl.__abstractmethods__))
Impl.b = lambda self: 'b'
print(sorted(Impl.__abstractmethods__))
print(update_abstractmethods(Impl) is Impl, Impl.__abstractmethods__, Impl().b())
Impl.a = abstractmethod(lambda self: None)
update_abstractmethods(Impl)
print(sorted(Impl.__abstractmethods__))


class NotAbc:
    pass


print(update_abstractmethods(NotAbc) is NotAbc, hasattr(NotAbc, '__abstractmethods__'))
Base.c = abstractmethod(lambda self: None)
print(sorted(update_abstractmethods(Base).__abstractmethods__))
print(isinstance(Base, ABCMeta), ABC.__mro__, type(ABC).__name__, ABCMeta.__name__, ABCMeta.__module__)
