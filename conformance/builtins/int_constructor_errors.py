# int() conversions from str/float/objects and the ValueError/TypeError texts.
print(int("  42  "), int("-0"), int("+17"), int("1_000_000"), int("0b101", 0), int("0o17", 0), int("0x_ff", 0), int("z", 36), int("10", 2))
print(int(3.99), int(-3.99), int(1e20), int(True), int(b"12"), int(bytearray(b" 7 ")), int("0", 0), int("00", 0))
for s, base in [("", 10), ("12a", 10), ("1__0", 10), ("_1", 10), ("1_", 10), ("0x", 16), ("012", 0), ("9", 8), ("1.5", 10), (" ", 10), ("١٢x", 10)]:
    try:
        print(int(s, base))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
for bad in [lambda: int("1", 1), lambda: int("1", 37), lambda: int(1, 10), lambda: int(1.5, 10), lambda: int(None), lambda: int([1]),
            lambda: int(float("inf")), lambda: int(float("nan")), lambda: int("1", base="x"), lambda: int(x="1")]:
    try:
        print(bad())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
