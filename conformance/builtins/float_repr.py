# repr/str of floats: shortest round-trip representation and exponent thresholds.
values = [0.0, -0.0, 0.1, 0.2, 0.1 + 0.2, 1.0, 1.5, 100.0, 1e15, 1e16, 1.5e16, 12345678901234567.0,
          1e-4, 1e-5, 1.5e-07, 0.000123, 123456789.123456789, 1 / 3, 2 / 3, 1e22, 1e23, 5e-324,
          1.7976931348623157e308, 2.2250738585072014e-308, 3.141592653589793, 100.5, 0.5, 1e100,
          float("inf"), float("-inf"), float("nan"), 9007199254740993.0, 0.30000000000000004]
for v in values:
    print(repr(v), str(v))
print(float("1e500"), float("-1e500"), float("1e-500"), float("-1e-500"))
print(float("  3.5  "), float("+1.5"), float("-.5"), float("1_000.5"), float("infinity"), float("-Infinity"), float("NaN"), float("nan") != float("nan"))
print(float(5), float(True), float("0x10".replace("0x", "")), float(2 ** 80))
for bad in ["abc", "", "1.2.3", "1e", "0x10", "1__0", "in f"]:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
print(1e16 + 1, 2.5e-3, 1e300 * 1e10, -1e300 * 1e10, 1e-320 / 10)
print([0.1] * 3, (0.5, 2.0), {1.0: 2.5})
