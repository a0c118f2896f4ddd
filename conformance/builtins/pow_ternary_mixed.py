from decimal import Decimal
from fractions import Fraction
class P:
    def __pow__(self, other, mod=None):
        return ("P.__pow__", other, mod)
    def __rpow__(self, other, mod=None):
        return ("P.__rpow__", other, mod)
    def __repr__(self):
        return "P()"
class M:
    def __repr__(self):
        return "M()"
    def __rpow__(self, other, mod=None):
        return ("M.__rpow__", other, mod)
cases = [
    (Decimal(2), 3, 5), (Decimal(2), 3, 5.0), (2, Decimal(3), 5), (2, 3, Decimal(5)),
    (Decimal(2), Decimal(3), Decimal(5)), (2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0),
    (2, 3, "x"), ("a", 2, 3), (Fraction(2), 3, 5), (2, 3, Fraction(5)), (2, 3, 5j),
    (2j, 3, 5), (P(), 2, 3), (2, P(), 3), (2, 3, P()), (2, 3, M()), (2, M(), 3), (M(), 2, 3),
    (None, 2, None), (2, None, 3), ([1], 2, 3), (2, 3, None), (True, 2, 3), (2, -1, 7), (2, 3, 0),
    (Decimal(2), 3, Fraction(5)), (2.0, 3, None), (1.5, Decimal(2), 7),
]
for v, w, z in cases:
    try:
        print(repr(v), repr(w), repr(z), "->", repr(pow(v, w, z)))
    except Exception as e:
        print(repr(v), repr(w), repr(z), "->", type(e).__name__, e)
for v, w in [(Decimal(2), 3.0), (2, "x"), (P(), 2), (2, M()), (None, 2)]:
    try:
        print(repr(v) if not isinstance(v, (P, M)) else type(v).__name__, "**", repr(w) if not isinstance(w, (P, M)) else type(w).__name__, "->", repr(v ** w))
    except Exception as e:
        print("**", type(e).__name__, e)
x = 2
try:
    x **= "y"
except TypeError as e:
    print(e)
