# collections.namedtuple and typing.NamedTuple.
from collections import namedtuple
from typing import NamedTuple
Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p[1], p._fields, p._asdict(), p._replace(x=9), Point._make([3, 4]))
print(isinstance(p, tuple), p == (1, 2), len(p), list(p), hash(p) == hash((1, 2)))
x, y = p
print(x + y)
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
D = namedtuple("D", ["a", "b"], defaults=[0])
print(D(1), D._field_defaults)
R = namedtuple("R", "def class ok", rename=True)
print(R._fields)
try:
    namedtuple("Bad", "a a")
except ValueError as e:
    print(type(e).__name__, e)
class Emp(NamedTuple):
    name: str
    dept: str = "none"
    def label(self):
        return f"{self.name}@{self.dept}"
e = Emp("ann")
print(e, e.label(), Emp._fields, Emp.__annotations__)
print(repr(Point(x=[1], y={})), Point.__doc__)
print(p._fields is Point._fields, type(p).__name__, Point.__mro__[1].__name__)
