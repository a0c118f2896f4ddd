# __abstractmethods__ blocks instantiation; set by hand here, without the abc module.
class Shape:
    def area(self):
        raise NotImplementedError
Shape.__abstractmethods__ = frozenset({"area", "perimeter"})
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
Shape.__abstractmethods__ = frozenset({"area"})
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
Shape.__abstractmethods__ = frozenset()
print(type(Shape()).__name__)
Shape.__abstractmethods__ = ("a",)
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
del Shape.__abstractmethods__
print(type(Shape()).__name__)
try:
    Shape.__abstractmethods__
except AttributeError as e:
    print("AttributeError:", e)
try:
    type.__abstractmethods__
except AttributeError as e:
    print("AttributeError:", e)
try:
    int.__abstractmethods__ = frozenset()
except TypeError as e:
    print("TypeError:", e)
class WithNew:
    def __new__(cls):
        return super().__new__(cls)
WithNew.__abstractmethods__ = {"x"}
try:
    WithNew()
except TypeError as e:
    print("TypeError:", e)
print(object.__new__.__name__)
