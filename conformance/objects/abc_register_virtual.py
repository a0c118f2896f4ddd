# ABCMeta.register makes virtual subclasses; __subclasshook__ decides structural checks.
from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
class Square:
    def area(self):
        return 4
print(issubclass(Square, Shape), isinstance(Square(), Shape))
Shape.register(Square)
print(issubclass(Square, Shape), isinstance(Square(), Shape), Square.__mro__[-1].__name__)
@Shape.register
class Circle:
    pass
print(Circle.__name__, issubclass(Circle, Shape))
class Sized2(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized2:
            return hasattr(C, "__len__") or NotImplemented
        return NotImplemented
print(issubclass(list, Sized2), issubclass(int, Sized2), isinstance([], Sized2))
try:
    Shape.register(5)
except TypeError as e:
    print("TypeError", e)
class Sub(Shape):
    pass
try:
    Sub.register(Shape)
except RuntimeError as e:
    print("RuntimeError", e)
print(type(Shape).__name__, isinstance(Shape, ABCMeta), Shape.__abstractmethods__)
class Concrete(Shape):
    def area(self):
        return 1
print(Concrete().area(), issubclass(Concrete, Shape), Concrete.__abstractmethods__)
from collections.abc import Iterable, Sequence, Mapping
class MySeq(Sequence):
    def __getitem__(self, i):
        return [1, 2][i]
    def __len__(self):
        return 2
ms = MySeq()
print(list(ms), ms.index(2), 2 in ms, list(reversed(ms)), isinstance(ms, Iterable), isinstance({}, Mapping))
