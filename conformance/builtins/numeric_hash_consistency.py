# Numbers that compare equal hash equal across int, float, complex, Fraction and Decimal (only equalities printed).
from fractions import Fraction as F
from decimal import Decimal as D
groups = [
    [1, 1.0, True, 1 + 0j, F(1), D(1), D("1.00")],
    [0, 0.0, -0.0, False, 0j, F(0), D("-0")],
    [0.5, F(1, 2), D("0.5"), 0.5 + 0j],
    [2 ** 70, float(2 ** 70), F(2 ** 70), D(2 ** 70)],
    [-3, -3.0, F(-3), D(-3)],
    [1.5e300, F(1.5e300), D(1.5e300)],
]
for g in groups:
    print([x == g[0] for x in g], len({hash(x) for x in g}) == 1)
print(hash(float("inf")) == hash(D("Infinity")), hash(float("-inf")) == hash(D("-Infinity")), hash(-1) == hash(-2), hash(-1.0) == hash(-1))
print(len({1, 1.0, True}), len({0.5, F(1, 2)}), {1: "a", 1.0: "b", True: "c"}, {F(1, 2): 1}[0.5])
print(hash("") == 0 or True, hash((1, 2)) == hash((1.0, 2.0)), hash(frozenset([1, 2])) == hash(frozenset([2.0, 1.0])))
print(hash(F(1, 3)) == hash(F(2, 6)), hash(D("1.1")) == hash(D("1.10")), F(1, 3) == 1 / 3)
