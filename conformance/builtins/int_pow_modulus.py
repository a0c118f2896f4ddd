# pow() with ints: negative exponents, three-argument form, modular inverse, errors.
print(2 ** 10, 2 ** -1, (-2) ** -2, 0 ** 0, (-3) ** 3, 10 ** 30, (-1) ** (2**70))
print(pow(3, 4, 5), pow(-3, 4, 5), pow(3, 4, -5), pow(2, 100, 10**9 + 7), pow(5, 0, 1), pow(5, 0, -1))
print(pow(3, -1, 7), pow(38, -1, 97), pow(-2, -1, 5), pow(2, -3, 11), pow(7, -2, 10**9 + 7))
for args in [(2, -1, 4), (0, -1, 5), (2, 3, 0), (2, 3.0, 5), (2.0, 3, 5), (2, "3", 5), (2, 3, "5")]:
    try:
        print(pow(*args))
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(pow(2, 0.5), pow(-8, 1/3), pow(4, -0.5), (-1) ** 0.5)
