# fractions.Fraction: construction, arithmetic, comparisons, limit_denominator, formatting.
from fractions import Fraction as F
print(F(3, 4), F(6, 8), F(-3, 4), F(3, -4), F(5), F("3/7"), F(" -1.25 "), F(0.5), F(1.1), F("1e-3"))
print(F(1, 3) + F(1, 6), F(1, 2) - 1, F(2, 3) * F(3, 4), F(1, 2) / F(1, 4), F(7, 2) // 1, F(7, 2) % 1, F(2, 3) ** 2, F(4, 9) ** F(1, 2), 2 ** F(1, 2))
print(F(1, 2) + 0.5, 0.25 + F(1, 4), F(1, 3) == F(2, 6), F(1, 2) == 0.5, F(1, 3) < 0.34, F(2, 1) == 2, hash(F(2, 1)) == hash(2), hash(F(1, 2)) == hash(0.5))
print(F(22, 7).numerator, F(22, 7).denominator, F(3.141592653589793).limit_denominator(100), F(1, 3).as_integer_ratio(), F(5, 1).is_integer())
print(round(F(7, 2)), round(F(5, 2)), round(F(22, 7), 2), int(F(-7, 2)), float(F(1, 3)), abs(F(-1, 2)), -F(1, 2), +F(1, 2))
print(repr(F(1, 2)), str(F(4, 2)), f"{F(1, 3):.3f}" if hasattr(F, "__format__") else "", F.from_float(0.1), F.from_decimal(__import__("decimal").Decimal("0.1")))
for bad in [lambda: F(1, 0), lambda: F("abc"), lambda: F(1.5, 2), lambda: F(float("inf")), lambda: F(float("nan")), lambda: F("1/0")]:
    try:
        print(bad())
    except (ZeroDivisionError, ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(sum([F(1, n) for n in range(1, 6)]), max(F(1, 2), F(2, 3)), sorted([F(3, 4), F(1, 2), 0.6]))
print(divmod(F(7, 3), F(1, 2)), F(-7, 3) // F(1, 2), F(-7, 3) % F(1, 2))
