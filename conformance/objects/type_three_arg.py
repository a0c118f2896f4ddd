# type(name, bases, dict) creates classes dynamically.
def greet(self):
    return f"hi from {type(self).__name__}"
Base = type("Base", (), {"greet": greet, "x": 1})
Derived = type("Derived", (Base,), {"y": 2, "__doc__": "dynamic"})
obj = Derived()
print(obj.greet(), obj.x, obj.y, Derived.__doc__, Derived.__mro__)
print(type(obj), type(Derived), type(type))
print(type(5), type("s"), type(None), type(type(None)))
print(Derived.__name__, Derived.__qualname__, Derived.__module__)
try:
    type("Bad", (5,), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("Bad", 5, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type()
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, (), {})
except TypeError as e:
    print(type(e).__name__, e)
C = type("C", (object,), {})
print(C.__bases__, C().__class__ is C)
print(type.__name__, type.__mro__)
Cls = type("WithInit", (), {"__init__": lambda self, v: setattr(self, "v", v)})
print(Cls(9).v)
print(type("Q", (), {"__qualname__": "Custom.Q"}).__qualname__)
