# Exact comparisons between ints and floats, including values beyond 2**53 and infinities.
big = 2 ** 53
print(big == float(big), big + 1 == float(big + 1), float(big + 1) == float(big), big + 1 > float(big), big + 1 == big + 1.0)
print(10 ** 20 == 1e20, 10 ** 22 == 1e22, 10 ** 23 == 1e23, 10 ** 23 < 1e23, int(1e23))
print(2 ** 1024 > float("inf"), 2 ** 1024 < float("inf"), -(2 ** 1024) > float("-inf"), 10 ** 400 == float("inf"))
nan = float("nan")
print(1 < nan, 1 > nan, 1 == nan, 1 != nan, 10 ** 400 < nan, nan == nan, nan is nan, [nan] == [nan], (nan,) == (nan,))
print(0 == -0.0, 0 == 0.0, -0.0 < 0, 1 == 1.0000000000000002, 1 < 1.0000000000000002, 0.1 + 0.2 > 0.3)
print(True == 1.0, False < 0.5, 3 == 3 + 0j, 3.5 == 3.5 + 0j, 1 == complex(1, 0), 2 ** 60 == complex(2 ** 60, 0))
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0), sorted([1.0, 1, True]), sorted([2 ** 53 + 1, float(2 ** 53)]))
print(9007199254740993 == 9007199254740992.0, 9007199254740993 > 9007199254740992.0, 123456789012345678901234567890 > 1.2345678901234568e29)
try:
    1 < 1j
except TypeError as e:
    print(type(e).__name__, e)
from fractions import Fraction
from decimal import Decimal
print(Fraction(1, 3) < 1 / 3, Fraction(1, 10) == 0.1, Decimal("0.1") == 0.1, Decimal("0.5") == 0.5, Fraction(1, 2) == Decimal("0.5"), Decimal(2 ** 60) == 2 ** 60)
