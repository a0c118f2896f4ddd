# Properties in subclasses: overriding the getter only, extending via the base property's methods.
class Base:
    def __init__(self):
        self._x = 1
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        self._x = v
class OnlyGetter(Base):
    @property
    def x(self):
        return "override " + str(self._x)
o = OnlyGetter()
print(o.x)
try:
    o.x = 5
except AttributeError as e:
    print("AttributeError", e)
class Extends(Base):
    @Base.x.getter
    def x(self):
        return self._x * 100
e = Extends()
e.x = 3
print(e.x, Base().x)
class Doubling(Base):
    @Base.x.setter
    def x(self, v):
        self._x = v * 2
d = Doubling()
d.x = 4
print(d.x)
class PropOverridesAttr(Base):
    _x = property(lambda self: "class-level property")
try:
    PropOverridesAttr()
except AttributeError as e:
    print("AttributeError", e)
class AttrOverridesProp(Base):
    x = "plain attribute"
a = AttrOverridesProp()
print(a.x)
a.x = "instance"
print(a.x, a.__dict__["x"])
