# Decimal comparisons with Decimal, int, float (the FloatOperation flag), Fraction; NaN rules;
# sorting, min/max; hashes equal to those of equal ints, floats and Fractions; set/dict keys.
from decimal import *
from fractions import Fraction

D = Decimal
print(D("1.0") == D("1.00"), D("1") == 1, D("0.5") == 0.5, D("0.1") == 0.1, D("0.1") < 0.2, D(2) > 1.5)
print(D("1.5") == Fraction(3, 2), D("0.1") == Fraction(1, 10), D("0.3") < Fraction(1, 3), Fraction(1, 2) == D("0.5"))
print(D(2 ** 60) == 2 ** 60, D(-7) < -6, D("-0") == 0, D("1e1000") > 10 ** 999, 3 > D("2.9"))
print(sorted([D("1.1"), 1, D("0.9"), D("-inf"), 0.5, D("1.10")]), max(D(2), 1.5), min(D("0.1"), 0.05))
print(D("nan") == D("nan"), D("nan") != 1, D("inf") > 10 ** 100, D("-inf") < -1e308)
getcontext().clear_flags()
print(D(1) == 1.0, getcontext().flags[FloatOperation])
getcontext().clear_flags()
print(D(1) < 2.0, getcontext().flags[FloatOperation])
for a, b in [("nan", "1"), ("1", "snan")]:
    for f in [lambda: D(a) < D(b), lambda: D(a) == D(b)]:
        try:
            print(f())
        except InvalidOperation as e:
            print("InvalidOperation", e)
print(D(1).compare(2), D(2).compare(D("2.0")), D("nan").compare(1), D(-1).compare_total(D(1)),
      D("1.0").compare_total(D("1.00")), D("-nan").compare_total(D("nan")), D("sNaN").compare_total(D("nan")),
      D("-1").compare_total_mag(D("0.5")))
print(D(3).max(D(5)), D(3).min(5), D("-7").max_mag(D(3)), D("-7").min_mag(3), D("nan").max(1), D(1).min(D("nan")),
      D("1.0").max(D("1")), D("-0").min(D("0")))
for v in [0, 1, -1, 7, 2 ** 70, -(2 ** 65)]:
    print(v, hash(D(v)) == hash(v), hash(D(v).quantize(D("0.001"))) == hash(v))
for f in [0.5, 1.25, -3.75, 1e20, 2.0 ** -20, 123.456]:
    print(f, hash(D(f)) == hash(f), D(f) == f)
for fr in [Fraction(1, 2), Fraction(-5, 4), Fraction(3, 8), Fraction(10 ** 20, 1)]:
    print(fr, hash(D(fr.numerator) / D(fr.denominator)) == hash(fr))
print(hash(D("inf")) == hash(float("inf")), hash(D("-inf")) == hash(float("-inf")), hash(D("-0")) == hash(0))
print({D("1.0"): "a", 1: "b"}, len({D("0.5"), 0.5, Fraction(1, 2), D("0.50")}))
try:
    hash(D("sNaN"))
except TypeError as e:
    print("TypeError", e)
print(bool(D(0)), bool(D("0.000")), bool(D("nan")), bool(D("-0.1")))
