# float methods and operations: round, hex/fromhex, is_integer, as_integer_ratio, // and %.
for v in [2.5, 3.5, -2.5, 0.125, 1.005, 2.675, 1234.5678, -0.5, 0.5]:
    print(v, round(v), round(v, 1), round(v, 2), round(v, -1))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(1e300, -301), round(123.456, -2))
print((1.5).hex(), (0.1).hex(), (-0.0).hex(), (1.0).hex(), float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("inf"))
print((3.0).is_integer(), (3.5).is_integer(), (0.75).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.0).as_integer_ratio())
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2, 7.5 // -2, 7.5 % -2, divmod(7.5, 2), divmod(-1.0, 3))
print(5.0 % 0.3, 1e300 % 7, -0.0 % 5, 0.0 % -5, 3 % float("inf"), -3 % float("inf"))
print(2.0 ** 0.5, 4.0 ** -1, (-8.0) ** 2, 0.0 ** 0, 10.0 ** 3, (-2.0) ** 0.5)
for bad in [lambda: 1.0 / 0, lambda: 1.0 // 0.0, lambda: 1.0 % 0.0, lambda: 0.0 ** -1, lambda: float("inf").as_integer_ratio(), lambda: float("nan").as_integer_ratio(), lambda: round(float("inf")), lambda: round(float("nan")), lambda: float.fromhex("0xz")]:
    try:
        print(bad())
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(float("inf") - float("inf"), float("inf") * 0, float("inf") > 1e308, -float("inf") < -1e308)
print(abs(-0.0), -0.0 == 0.0, (0.1).real, (0.1).imag, (2.5).conjugate(), int(-0.9), int(2.9999999999999999))
print(math_trunc := __import__("math").trunc(-2.7), __import__("math").floor(-2.5), __import__("math").ceil(-2.5))
print(1.0.__floordiv__(0.3), float.__mod__(1.0, 0.3), (0.1 + 0.7) * 10, int((0.1 + 0.7) * 10))
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0, 0.1 * 10 == 1.0)
