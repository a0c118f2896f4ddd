# Special attributes of classes and instances, and which ones are writable.
class A:
    "doc A"
    x = 1
class B:
    y = 2
obj = A()
print(A.__name__, A.__qualname__, A.__module__, A.__doc__, A.__bases__, A.__base__)
A.__name__ = "Renamed"
A.__qualname__ = "Outer.Renamed"
A.__doc__ = "new doc"
print(A.__name__, A.__qualname__, A.__doc__, A)
try:
    A.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
obj.__class__ = B
print(type(obj).__name__, obj.y, isinstance(obj, B))
try:
    obj.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)
try:
    (5).__class__ = bool
except TypeError as e:
    print(type(e).__name__, e)
obj.__dict__ = {"fresh": True}
print(obj.fresh, vars(obj))
try:
    obj.__dict__ = []
except TypeError as e:
    print(type(e).__name__, e)
class C(A, B):
    pass
print(C.__bases__, [k.__name__ for k in C.__mro__], C.__base__.__name__)
C.__bases__ = (B,)
print(C.__bases__, C.y, hasattr(C, "x"))
print(A.__subclasses__(), type(A.__dict__).__name__, "__weakref__" in A.__dict__)
print(type.__dict__["__name__"].__class__.__name__, object.__class__, object.__bases__, type.__base__)
try:
    object.foo = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.real = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del A.__name__
except TypeError as e:
    print(type(e).__name__, e)
def f(): pass
print(f.__class__.__name__, type(f.__code__).__name__, f.__module__)
print(object().__class__, A.__class__, type(A.__init__).__name__, type(object.__init__).__name__)
