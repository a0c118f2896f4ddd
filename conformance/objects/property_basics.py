# property: getter/setter/deleter, docs, errors.
class Circle:
    def __init__(self, r):
        self._r = r
    @property
    def radius(self):
        "The radius."
        return self._r
    @radius.setter
    def radius(self, v):
        if v < 0:
            raise ValueError("negative radius")
        self._r = v
    @radius.deleter
    def radius(self):
        print("deleting radius")
        del self._r
    @property
    def area(self):
        return round(3.14159 * self._r ** 2, 2)

c = Circle(2)
print(c.radius, c.area, Circle.radius.__doc__, type(Circle.radius).__name__)
c.radius = 3
print(c.radius, c.area)
try:
    c.radius = -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    c.area = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del c.area
except AttributeError as e:
    print(type(e).__name__, e)
del c.radius
try:
    c.radius
except AttributeError as e:
    print(type(e).__name__, e)
p = property(lambda self: "manual")
class M:
    x = p
print(M().x, p.fget.__name__, p.fset, p.fdel)
class Sub(Circle):
    @Circle.radius.getter
    def radius(self):
        return "sub radius"
s = Sub(1)
print(s.radius)
s.radius = 5
print(s._r)
class WithoutGetter:
    x = property(None, lambda self, v: None)
try:
    WithoutGetter().x
except AttributeError as e:
    print(type(e).__name__, e)
class Raises:
    @property
    def bad(self):
        raise AttributeError("inner problem")
    def __getattr__(self, name):
        return f"__getattr__ fallback for {name}"
print(Raises().bad)
