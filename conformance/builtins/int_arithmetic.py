# int arithmetic: floor division and modulo sign rules, divmod, pow, true division.
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (6, 3)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, 2 ** -2, (-8) ** (1 / 3) == complex(1.0000000000000002, 1.7320508075688772))
print(pow(3, 4, 5), pow(-3, 3, 7), pow(3, -1, 7), pow(2, 100, 10 ** 9 + 7), pow(5, 0, 1))
for bad in [lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(1, 0), lambda: 1 / 0, lambda: pow(2, -1, 4), lambda: pow(2, 3, 0), lambda: pow(2.0, 3, 5), lambda: 0 ** -1]:
    try:
        bad()
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(abs(-5), -(-5), +5, ~5, ~-1, 5 & 3, 5 | 3, 5 ^ 3, 1 << 10, 1024 >> 3, -1 >> 10, -16 >> 2)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
print(10 / 4, 10 // 4, -10 // 4, 10.0 // 4, -10.0 % 3, 10 % -3.0)
print(True + 1, True // 2, True / 2, False * 3, True ** 2, -True)
print(7 == 7.0, 7 < 7.5, 3 != 3.0, 2 ** 53 + 1 == 2.0 ** 53 + 1, 10 ** 20 == 1e20, 10 ** 23 == 1e23)
print(int.__floordiv__(7, 2), (7).__mod__(3), (3).__rpow__(2), (5).__truediv__(2))
print(1 + 2 * 3 - 4 // 2 % 3 ** 2)
try:
    "a" * 2.0
except TypeError as e:
    print(type(e).__name__, e)
try:
    5 + None
except TypeError as e:
    print(type(e).__name__, e)
try:
    5 - "1"
except TypeError as e:
    print(type(e).__name__, e)
print(divmod(-17, 5), divmod(17, -5), divmod(-17.5, 5))
