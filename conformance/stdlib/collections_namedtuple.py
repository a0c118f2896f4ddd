from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22)
print(p, p[0] + p[1], p.x, p._fields, Point.__doc__, Point.x.__doc__, Point.__name__)
x, y = p
print(x, y, p._asdict(), p._replace(x=33), Point._make([1, 2]), Point._field_defaults)
print(isinstance(p, tuple), p == (11, 22), hash(p) == hash((11, 22)), p.__match_args__)
One = namedtuple('One', 'a')
print(One(1), One.__doc__, One.__new__.__doc__)
Def = namedtuple('Def', 'a b c', defaults=[2, 3])
print(Def(1), Def(1, c=9), Def._field_defaults, Def.__new__.__defaults__)
R = namedtuple('R', ['abc', 'def', 'ghi', 'abc', '_x'], rename=True)
print(R._fields)
for bad in [("P", "x x"), ("P", "x class"), ("P", "_a"), ("1P", "x"), ("P", "x-y"), ("def", "a")]:
    try:
        namedtuple(*bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    namedtuple('T', 'a', defaults=[1, 2])
except TypeError as e:
    print("TypeError:", e)
for call in ["Point(1)", "Point(1, 2, 3)", "Point(1, y=2, z=3)", "Point._make([1])", "p._replace(z=1)", "Point(1, x=2)"]:
    try:
        eval(call)
    except (TypeError, ValueError) as e:
        print(call, '->', type(e).__name__, e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)


class Sub(Point):
    @property
    def hyp(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


print(Sub(3, 4).hyp, Sub(3, 4), Point.__module__, namedtuple('M', 'a', module='mod').__module__)
print(Point.x, type(Point.x).__name__, Point.__slots__)
print(namedtuple('E', '')(), namedtuple('C', 'a, b')(1, 2))
