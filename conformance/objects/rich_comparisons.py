# Rich comparisons: reflection, NotImplemented, default identity equality, functools.total_ordering.
import functools
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, o):
        print(f"__eq__({self.parts}, {getattr(o, 'parts', o)})")
        if not isinstance(o, Version):
            return NotImplemented
        return self.parts == o.parts
    def __lt__(self, o):
        print(f"__lt__({self.parts}, {getattr(o, 'parts', o)})")
        if not isinstance(o, Version):
            return NotImplemented
        return self.parts < o.parts

a, b = Version(1, 0), Version(1, 2)
print(a == b, a != b)
print(a < b, b > a)
print(a == 5, 5 == a)
try:
    a <= b
except TypeError as e:
    print(type(e).__name__, e)
try:
    a < 5
except TypeError as e:
    print(type(e).__name__, e)

@functools.total_ordering
class Money:
    def __init__(self, c): self.c = c
    def __eq__(self, o): return self.c == o.c
    def __lt__(self, o): return self.c < o.c
print(Money(1) <= Money(2), Money(3) >= Money(2), Money(1) > Money(1))

class Plain:
    pass
p, q = Plain(), Plain()
print(p == p, p == q, p != q, p.__eq__(q), p.__ne__(p))
try:
    p < q
except TypeError as e:
    print(type(e).__name__, e)
class AlwaysEqual:
    def __eq__(self, o):
        return True
print(AlwaysEqual() == 1, 1 == AlwaysEqual(), AlwaysEqual() != 1)
print([AlwaysEqual()].count(5), 5 in [AlwaysEqual()])
class Sub(Version):
    def __eq__(self, o):
        print("Sub.__eq__ tried first")
        return "sub result"
print(Version(1) == Sub(1))
class WeirdBool:
    def __eq__(self, o): return [1]
print(WeirdBool() == 1, bool(WeirdBool() == 1))
print(sorted([Version(2), Version(1)], key=lambda v: v.parts)[0].parts)
x = float('nan')
print(x == x, [x] == [x], x in [x])
