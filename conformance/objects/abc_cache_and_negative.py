# ABC instance checks cache results but see new registrations and subclasses.
from abc import ABC, abstractmethod
class Base(ABC):
    pass
class Impl:
    pass
print(isinstance(Impl(), Base))
Base.register(Impl)
print(isinstance(Impl(), Base), issubclass(Impl, Base))
class Later(Impl):
    pass
print(issubclass(Later, Base), isinstance(Later(), Base))
class Hooked(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hooked:
            return "quack" in dir(C)
        return NotImplemented
class Duck:
    def quack(self):
        pass
class NotDuck:
    pass
print(issubclass(Duck, Hooked), issubclass(NotDuck, Hooked), isinstance(Duck(), Hooked))
NotDuck.quack = lambda self: None
print(issubclass(NotDuck, Hooked))
class Refuse(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return False
class Sub(Refuse):
    pass
print(issubclass(Sub, Refuse))
Refuse.register(int)
print(issubclass(int, Refuse))
print(Base.register(Impl) is Impl, issubclass(Base, Base), issubclass(object, Base))
