# type.__call__: __init__ runs only when __new__ returns an instance of the class.
class A:
    def __new__(cls, *args):
        print("A.__new__", args)
        return super().__new__(cls)
    def __init__(self, *args):
        print("A.__init__", args)
a = A(1)
class Other:
    def __new__(cls):
        return A.__new__(A, "via Other")
    def __init__(self):
        print("Other.__init__ not called")
print(type(Other()).__name__)
class Sub(A):
    pass
class Parent:
    def __new__(cls):
        return Sub.__new__(Sub)
    def __init__(self):
        print("Parent.__init__ not called")
print(type(Parent()).__name__)
class Meta(type):
    def __call__(cls, *args, **kw):
        print("Meta.__call__", cls.__name__, args, kw)
        return super().__call__(*args, **kw)
class WithMeta(metaclass=Meta):
    def __init__(self, x, y=0):
        self.xy = (x, y)
print(WithMeta(1, y=2).xy)
print(type(5).__name__, type("s") is str, type(type) is type)
for args in ((), (1, 2), ("n", (), {}, 1)):
    try:
        type(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    type.__call__(5)
except TypeError as e:
    print("TypeError", e)
print(type.__call__(int, "12"), type.__new__(type, "N", (), {}).__name__)
try:
    type.__new__(int, "N", (), {})
except TypeError as e:
    print("TypeError", e)
try:
    type("X", (), {}, 1)
except TypeError as e:
    print("TypeError", e)
