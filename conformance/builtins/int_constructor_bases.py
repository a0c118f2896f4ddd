# int() from strings with bases, prefixes, underscores, whitespace, and errors.
print(int("42"), int("-17"), int("+5"), int("  9  "), int("1_000"), int("٣"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0), int("z", 36))
print(int("101", 2), int("777", 8), int("10", 3), int("-0x1A", 16), int("0", 0), int("00", 0))
print(int(3.9), int(-3.9), int(1e20), int(True), int(b"12"), int(bytearray(b"34")))
print(int(), int("0b1", 0), int("1" * 30))
for args in [("abc",), ("1.5",), ("",), ("12", 2), ("0x", 16), ("1__0",), ("_1",), ("08", 0), ("10", 1), ("10", 37), ("10", 0.5), (" ",), ("1 2",)]:
    try:
        print(int(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for v in [float("inf"), float("nan"), None, [1], "ⅷ"]:
    try:
        int(v)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
print(int("-0"), int(" -  5".replace(" ", "")), int("0_0"), int("1_2_3", 0))
print(int(x="7") if False else int("7", base=10))
