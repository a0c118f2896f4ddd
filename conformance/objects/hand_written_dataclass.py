# A dataclass-like class written by hand: __init__ with defaults, __repr__, __eq__, ordering, hashing.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y=0):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"{type(self).__qualname__}(x={self.x!r}, y={self.y!r})"
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (self.x, self.y) == (other.x, other.y)
        return NotImplemented
    def __lt__(self, other):
        if other.__class__ is self.__class__:
            return (self.x, self.y) < (other.x, other.y)
        return NotImplemented
    __hash__ = None
p = Point(1, 2)
print(p, Point(1), p == Point(1, 2), p != Point(1, 2), p == (1, 2), p < Point(2), sorted([Point(3), Point(1, 5)]))
try:
    hash(p)
except TypeError as e:
    print("TypeError", e)
try:
    p > Point(0)
    print("gt ok")
except TypeError as e:
    print("TypeError", e)
match p:
    case Point(1, y):
        print("matched y", y)
class Frozen(Point):
    def __setattr__(self, name, value):
        if hasattr(self, name) or name in ("x", "y") and "_ready" in self.__dict__:
            raise AttributeError(f"cannot assign to field {name!r}")
        object.__setattr__(self, name, value)
    def __hash__(self):
        return hash((self.x, self.y))
f = Frozen(1, 2)
try:
    f.x = 5
except AttributeError as e:
    print("AttributeError", e)
print(hash(f) == hash((1, 2)), f, Frozen(1, 2) == f, f == Point(1, 2))
try:
    Point()
except TypeError as e:
    print("TypeError", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
try:
    Point(1, z=2)
except TypeError as e:
    print("TypeError", e)
