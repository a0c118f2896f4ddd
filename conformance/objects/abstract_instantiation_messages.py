# Can't instantiate abstract class: 3.12 wording, singular and plural, sorted names.
from abc import ABC, abstractmethod, ABCMeta
class One(ABC):
    @abstractmethod
    def run(self):
        pass
class Two(ABC):
    @abstractmethod
    def zeta(self):
        pass
    @abstractmethod
    def alpha(self):
        pass
for cls in (One, Two):
    try:
        cls()
    except TypeError as e:
        print("TypeError", e)
print(sorted(Two.__abstractmethods__), type(One.__abstractmethods__).__name__)
class Half(Two):
    def alpha(self):
        return 1
try:
    Half()
except TypeError as e:
    print("TypeError", e)
class Full(Half):
    def zeta(self):
        return 2
print(Full().alpha(), Full.__abstractmethods__)
class Manual:
    pass
Manual.__abstractmethods__ = frozenset({"x"})
try:
    Manual()
except TypeError as e:
    print("TypeError", e)
Manual.__abstractmethods__ = frozenset()
print(type(Manual()).__name__)
try:
    object.__abstractmethods__
except AttributeError as e:
    print("AttributeError", e)
try:
    type.__abstractmethods__
except AttributeError as e:
    print("AttributeError", e)
class P(ABC):
    @property
    @abstractmethod
    def prop(self):
        pass
    @classmethod
    @abstractmethod
    def cm(cls):
        pass
print(sorted(P.__abstractmethods__))
try:
    P()
except TypeError as e:
    print("TypeError", e)
class WithNew(One):
    def __new__(cls):
        return object.__new__(cls)
try:
    WithNew()
except TypeError as e:
    print("TypeError", e)
print(getattr(One.run, "__isabstractmethod__", False), getattr(Full.zeta, "__isabstractmethod__", False))
