# __instancecheck__/__subclasscheck__ on metaclasses, abc registration, isinstance with tuples.
class DuckMeta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", type(obj).__name__)
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        print("subclasscheck", sub.__name__)
        return hasattr(sub, "quack")
class Duck(metaclass=DuckMeta):
    pass
class Mallard:
    def quack(self): pass
print(isinstance(Mallard(), Duck), isinstance(5, Duck))
print(issubclass(Mallard, Duck), issubclass(int, Duck))
print(isinstance(Duck(), Duck))
print(isinstance(5, (str, Duck, int)))
import abc
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
class Sq(Shape):
    def area(self): return 4
class Incomplete(Shape):
    pass
print(Sq().area(), isinstance(Sq(), Shape))
try:
    Incomplete()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)
class Virtual:
    pass
Shape.register(Virtual)
print(isinstance(Virtual(), Shape), issubclass(Virtual, Shape), Shape.__abstractmethods__)
from collections.abc import Iterable, Sized, Hashable, Sequence, Mapping
class HasLen:
    def __len__(self): return 0
print(isinstance(HasLen(), Sized), isinstance([], Iterable), isinstance([], Hashable), isinstance((), Sequence), isinstance({}, Mapping))
try:
    isinstance(5, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(5, int)
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(True, int), issubclass(bool, (str, int)), isinstance(None, type(None)))
print(isinstance(int, type), isinstance(type, type), isinstance(type, object), issubclass(type, object))
print(isinstance(5, ((str, (bytes, int)),)))
