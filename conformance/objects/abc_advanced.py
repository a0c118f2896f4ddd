# abc: abstract properties/classmethods, __subclasshook__, registration, abstractmethod updates.
import abc
class Base(abc.ABC):
    @property
    @abc.abstractmethod
    def name(self): ...
    @classmethod
    @abc.abstractmethod
    def make(cls): ...
    @staticmethod
    @abc.abstractmethod
    def helper(): ...
    def concrete(self):
        return "concrete uses " + self.name
print(sorted(Base.__abstractmethods__))
class Partial(Base):
    @property
    def name(self):
        return "partial"
try:
    Partial()
except TypeError as e:
    print(type(e).__name__, e)
class Full(Partial):
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def helper():
        return "help"
f = Full.make()
print(f.concrete(), Full.helper(), Full.__abstractmethods__)
class Quacker(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Quacker:
            return hasattr(C, "quack") or NotImplemented
        return NotImplemented
class Duck:
    def quack(self): pass
class Robot:
    pass
print(issubclass(Duck, Quacker), isinstance(Duck(), Quacker), issubclass(Robot, Quacker))
Quacker.register(Robot)
print(issubclass(Robot, Quacker), Quacker.register(int) is int, isinstance(5, Quacker))
class M(metaclass=abc.ABCMeta):
    @abc.abstractmethod
    def run(self): ...
class Impl(M):
    pass
Impl.run = lambda self: "patched"
try:
    Impl()
except TypeError as e:
    print("still abstract:", e)
abc.update_abstractmethods(Impl)
print(Impl().run(), Impl.__abstractmethods__)
print(type(Base).__name__, isinstance(Base, abc.ABCMeta), abc.ABC.__slots__ if hasattr(abc.ABC, "__slots__") else None)
class NoAbstract(abc.ABC):
    pass
print(type(NoAbstract()).__name__)
