# Properties and custom descriptors in classes with __slots__; __set__ precedence over slots.
class Temp:
    __slots__ = ("_c",)
    def __init__(self, c):
        self._c = c
    @property
    def f(self):
        return self._c * 9 / 5 + 32
    @f.setter
    def f(self, v):
        self._c = (v - 32) * 5 / 9
t = Temp(100)
print(t.f)
t.f = 32
print(t._c)
try:
    t.k = 1
except AttributeError as e:
    print("AttributeError", e)
class Upper:
    def __set_name__(self, owner, name):
        self.slot = owner.__dict__["_" + name]
    def __get__(self, obj, owner=None):
        return self if obj is None else self.slot.__get__(obj, owner).upper()
    def __set__(self, obj, value):
        self.slot.__set__(obj, value)
class Person:
    __slots__ = ("_name",)
    name = Upper()
p = Person()
p.name = "ada"
print(p.name, p._name, type(Person.name).__name__)
