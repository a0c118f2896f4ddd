# pow() with three arguments: modular inverse, negative modulus, zero, and every error message.
print(pow(3, 4, 5), pow(3, -1, 7), pow(-3, -1, 7), pow(3, -2, 7), pow(2, 10, -7), pow(-2, 3, -7), pow(5, 0, 1), pow(0, 0, 7))
print(pow(38, -1, 97), pow(2, 10 ** 20, 10 ** 9 + 7), pow(7, -3, 10 ** 30 + 57), pow(True, 5, 3), pow(base=2, exp=3, mod=5))
for args in [(2, 3, 0), (2, -1, 4), (0, -1, 5), (2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0), (2, 3, "5"), (1j, 2, 3), (2, -1, 1)]:
    try:
        print(args, pow(*args))
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(args, type(e).__name__, e)
print(pow(2, -1), pow(-8, 1 / 3), pow(0.0, 0), pow(0, 0), pow(-1, 0.5))
for args in [(0, -1), (0.0, -1)]:
    try:
        print(pow(*args))
    except (ZeroDivisionError, OverflowError) as e:
        print(args, type(e).__name__, e)
class M:
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)
    def __rpow__(self, other, mod=None):
        return ("rpow", other, mod)
print(pow(M(), 2), pow(M(), 2, 3), pow(2, M()), 2 ** M())
try:
    pow(2, M(), 3)
except TypeError as e:
    print("TypeError", e)
