# Data vs non-data descriptors and lookup precedence.
class Data:
    def __get__(self, obj, objtype=None):
        print("Data.__get__", None if obj is None else type(obj).__name__, objtype.__name__)
        return "data"
    def __set__(self, obj, value):
        print("Data.__set__", value)
    def __delete__(self, obj):
        print("Data.__delete__")

class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata"

class Host:
    d = Data()
    n = NonData()

h = Host()
print(h.d)
print(Host.d)
h.d = 10
del h.d
h.__dict__["d"] = "instance value"
print(h.d)
print(h.n)
h.n = "shadowed"
print(h.n, Host.n)

class ReadOnly:
    def __get__(self, obj, objtype=None):
        return 42
    def __set__(self, obj, value):
        raise AttributeError("read-only attribute")
class H2:
    ro = ReadOnly()
h2 = H2()
try:
    h2.ro = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del h2.ro
except AttributeError as e:
    print(type(e).__name__, e)

class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        return self if obj is None else obj.__dict__[self.name]
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        obj.__dict__[self.name] = value
class Person:
    age = Typed(int)
p = Person()
p.age = 30
print(p.age)
try:
    p.age = "old"
except TypeError as e:
    print(type(e).__name__, e)
def f(self): return "func as descriptor"
print(f.__get__(h)(), type(f.__get__(h)).__name__, f.__get__(None, Host) is f)
