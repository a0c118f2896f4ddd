# Properties overridden and extended in subclasses; abstract methods.
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @property
    def name(self): return type(self).__name__.lower()
class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    @Shape.name.getter
    def name(self): return "square!"
try:
    Shape()
except TypeError as e:
    print(e)
print(Square(3).area(), Square(3).name)
class Partial(Shape):
    pass
try:
    Partial()
except TypeError as e:
    print(e)
class Base:
    @property
    def v(self): return 1
class Derived(Base):
    @property
    def v(self): return super().v + 1
print(Derived().v)
print(isinstance(Square(1), Shape), issubclass(Square, ABC), Shape.__abstractmethods__)
class Registered: pass
Shape.register(Registered)
print(isinstance(Registered(), Shape))
