# Fraction from strings, floats and Decimal-free sources; limit_denominator; rounding; str/repr/format.
from fractions import Fraction as F
import math
for s in ["3/4", " -7/21 ", "1.5", "-.25", "2e3", "1_000/3", "+5", "3.14159e-2", "0.0", "1E1"]:
    print(repr(s), F(s))
for s in ["", "1/", "/2", "1 /2", "a", "1e", "1._5", "--1", "1/-2", "inf", "nan"]:
    try:
        print(F(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
print(F(0.1), F(-2.5), F(1e-10).limit_denominator(), F(math.pi).limit_denominator(1000), F(3, 7).limit_denominator(5), F(1, 3).limit_denominator(1), F.from_float(0.75), F.from_float(3))
print(round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(1234, 100), 1), round(F(1234, 100), -1), math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)))
print(repr(F(1, 2)), str(F(6, 3)), F(7, 3).as_integer_ratio(), F(8, 4).is_integer(), F(1, 3).numerator, F(1, 3).denominator, F(2, 3).real, F(2, 3).imag, F(2, 3).conjugate())
print(f"{F(1, 3):.5f}", f"{F(2, 3):.2%}", f"{F(1, 7):e}", f"{F(22, 7):10.3g}", f"{F(-1, 8):+.4f}", format(F(5, 4), ""), f"{F(10**20, 3):,.2f}")
for f in [lambda: F(float("inf")), lambda: F(float("nan")), lambda: F(1, 3).limit_denominator(0), lambda: F.from_float("x"), lambda: format(F(1, 3), "d")]:
    try:
        print(f())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
