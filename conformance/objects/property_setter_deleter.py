# property: getter/setter/deleter return new properties; error texts for missing ones; __doc__.
class C:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        "the x value"
        return self._x
    @x.setter
    def x(self, v):
        self._x = v
    @property
    def ro(self):
        return 1
    def _get(self):
        return "g"
    def _del(self):
        print("deleting")
    plain = property(_get, None, _del, "plain doc")
c = C()
c.x = 5
print(c.x, C.x.__doc__, C.plain.__doc__, C.ro.__doc__)
for stmt in ("c.ro = 2", "del c.ro", "c.plain = 1"):
    try:
        exec(stmt)
    except AttributeError as e:
        print("AttributeError", e)
del c.plain
p = property()
try:
    p.__get__(c, C)
except AttributeError as e:
    print("AttributeError", e)
print(p.__get__(None, C) is p, p.fget, p.fset, p.fdel)
g = C.x.getter(lambda self: "new getter")
print(g is not C.x, g.fset is C.x.fset, g.__get__(c, C))
class D:
    x = property(lambda self: 1)
try:
    D().x = 3
except AttributeError as e:
    print("AttributeError", e)
class WithSlots:
    __slots__ = ("_v",)
    v = property(lambda self: self._v)
w = WithSlots()
try:
    w.v
except AttributeError as e:
    print("AttributeError", e)
print(isinstance(C.x, property), C.x.fget.__name__, C.x.setter(None).fset is C.x.fset)
class P2(property):
    pass
class E:
    @P2
    def y(self):
        return "sub"
print(E().y, type(E.__dict__["y"]).__name__)
