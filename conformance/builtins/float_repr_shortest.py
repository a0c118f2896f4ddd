# float repr/str: shortest round-trip digits, exponent switch points, signed zero, specials.
vals = [0.1, 0.2, 0.1 + 0.2, 1/3, 2/3, 1e16, 1e15, 123456789012345678.0, 1.5e-7, 0.0001, 0.00001, 1e-5, 1e22, 1e23,
        5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, -0.0, 0.0, 100.0, 1e100, 12345.678, 9007199254740993.0,
        float("inf"), float("-inf"), float("nan"), 4.35, 0.3, 2.675, 1.1 * 1.1]
for v in vals:
    print(repr(v), str(v), float(repr(v)) == v or v != v)
print([1.0, -2.5, 3e-10], (0.5,), {1.25: 2.0})
