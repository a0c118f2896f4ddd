# Properties across inheritance: overriding, extending with super(), reusing the base getter/setter.
class Base:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, value):
        print("Base setter", value)
        self._v = value
class Doubling(Base):
    @property
    def v(self):
        return super().v * 2
    @v.setter
    def v(self, value):
        Base.v.fset(self, value)
class GetterOnly(Base):
    @Base.v.getter
    def v(self):
        return f"custom getter sees {self._v}"
class NoSetter(Base):
    @property
    def v(self):
        return "read only in subclass"
d = Doubling()
print(d.v)
d.v = 5
print(d.v, d._v)
g = GetterOnly()
g.v = 7
print(g.v)
n = NoSetter()
try:
    n.v = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(Base.v.fget.__qualname__, Doubling.v.fget.__qualname__, GetterOnly.v.fset is Base.v.fset)
class WithDoc:
    @property
    def x(self):
        "documented x"
        return 1
    y = property(lambda self: 2, doc="lambda doc")
print(WithDoc.x.__doc__, WithDoc.y.__doc__, property().__doc__ is None)
try:
    super(Doubling, d).v = 9
except AttributeError as e:
    print(type(e).__name__, e)
