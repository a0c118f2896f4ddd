import copy
import math
import pickle
from decimal import Decimal
from fractions import Fraction as F

print(F(), F(7), F(-6, 4), F(6, -4), F(F(1, 3), F(2, 5)), F(True), F(2.5), F(Decimal("-0.125")))
print(F(" -3/4 "), F("1.5e-2"), F("2_0"), F("1e3"), F(".5"), F("5."))
for args in [("x",), ("1/0",), (1, 0), (None,), (1, 2.0), ([1],), (float("inf"),),
             (float("nan"),), ("1__0",), (F(1, 2), 0)]:
    try:
        print(F(*args))
    except Exception as e:
        print(type(e).__name__, e)
for base, power in [(F(2, 3), 3), (F(2, 3), -3), (F(-2, 3), -3), (F(-2, 3), 0), (F(4, 9), F(1, 2)),
                    (F(4, 9), 0.5), (F(1, 2), F(-2)), (F(-8), F(1, 3))]:
    try:
        print(repr(base ** power))
    except Exception as e:
        print(type(e).__name__, e)
try:
    F(0) ** -2
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(2 ** F(3), 2 ** F(-3), F(3, 2) ** F(2), 4 ** F(1, 2), 1.5 ** F(2), Decimal(2) ** F(3))
for value in [F(7, 2), F(-7, 2), F(5, 2), F(-5, 2), F(10**30 + 1, 10**15), F(0)]:
    print(int(value), math.trunc(value), math.floor(value), math.ceil(value), round(value),
          round(value, 1), round(value, -1), +value, -value, abs(value), bool(value))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(-1)), hash(F(1, 3)) == hash(F(2, 6)))
print(F(1, 2) == 0.5, F(1, 2) == complex(0.5, 0), F(1, 2) == complex(0.5, 1), F(3) == 3,
      F(1, 2) == F(2, 4), F(1, 2) == float("nan"), F(10**40) < float("inf"),
      F(1, 3) > float("-inf"), F(1, 3) < 0.34, F(1, 3) >= F(1, 3), F(1, 2) == "1/2")
print(F(1, 3).__lt__("x"), F(1, 3).__eq__(None))
for limit in (1, 2, 10, 100, 1000):
    print(F(math.pi).limit_denominator(limit), F(-355, 113).limit_denominator(limit), end=" ")
print()
try:
    F(1, 3).limit_denominator(0)
except ValueError as e:
    print("ValueError", e)
print(F.from_float(0.1), F.from_float(3), F.from_decimal(Decimal("1.1")), F.from_decimal(4))
for call in (lambda: F.from_float("1"), lambda: F.from_decimal(1.5)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
for expr in (lambda: F(3, 2) / 0, lambda: 5 / F(0), lambda: F(7, 3) / F(0, 4)):
    try:
        expr()
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
print(F(7, 3) // F(1, 2), F(7, 3) % F(1, 2), divmod(F(-7, 3), F(1, 2)), 7 % F(2, 3), 1.0 + F(1, 4))


class Sub(F):
    pass


s = Sub(3, 9)
print(type(copy.copy(s)).__name__, type(copy.deepcopy(s)).__name__, copy.copy(s) == s)
plain = F(5, 7)
print(copy.copy(plain) is plain, copy.deepcopy(plain) is plain, pickle.loads(pickle.dumps(plain)))
print(plain.as_integer_ratio(), plain.is_integer(), F(4, 2).is_integer(), repr(s), str(F(3)))
