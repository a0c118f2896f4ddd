# math functions with int/bool/object arguments: __float__/__index__ conversion and TypeError texts.
import math
class F:
    def __float__(self): return 4.0
class I:
    def __index__(self): return 9
print(math.sqrt(F()), math.sqrt(16), math.sqrt(True), math.exp(False), math.floor(True), math.factorial(I()), math.isqrt(I()), math.gcd(I(), 6), math.comb(I(), 2))
print(math.sqrt(10**20), math.sqrt(2**1000) == 2.0**500, math.log(10**100, 10), math.exp(math.log(7)), math.pow(2, -1), math.pow(1, math.nan), math.pow(math.nan, 0))
for f in [lambda: math.sqrt(None), lambda: math.sqrt(I()) if False else math.sqrt("x"), lambda: math.factorial(F()), lambda: math.gcd(F()), lambda: math.exp(1j), lambda: math.sqrt(10**400),
          lambda: math.isqrt(F()), lambda: math.fabs([])]:
    try:
        print(f())
    except (TypeError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)
