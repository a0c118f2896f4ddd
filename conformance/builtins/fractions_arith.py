# fractions.Fraction arithmetic with ints, floats, complex; normalisation; hashing; errors.
from fractions import Fraction as F
a, b = F(1, 3), F(-5, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, a ** -2, b ** 3, F(4, 9) ** F(1, 2), 2 ** F(3), F(2) ** F(-1))
print(a + 1, 1 - a, a * 3, 3 / a, a + 0.5, 0.5 * a, a + 1j, a == F(2, 6), a < b, a >= -1, a != 1 / 3, abs(b), -b, +a, bool(F(0)), int(b), float(a))
print(F(10, -4), F(-0), F(0, 5), F(F(1, 2), F(1, 3)), F(3, 1) == 3, hash(F(3, 1)) == hash(3), hash(F(1, 2)) == hash(0.5), hash(F(-1)), hash(F(1, 3)) == hash(F(2, 6)))
for f in [lambda: F(1, 0), lambda: a / 0, lambda: F(0) ** -1, lambda: F(1, 2.0), lambda: F([1]), lambda: F("1/2/3"), lambda: F("1.5/2"), lambda: a + "x", lambda: a < "x", lambda: F(1) % 0]:
    try:
        print(f())
    except (ZeroDivisionError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
