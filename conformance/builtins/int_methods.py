# int methods: bit_length, bit_count, to_bytes, from_bytes, as_integer_ratio, is_integer, conjugate.
for n in [0, 1, 5, 255, 256, -1, -128, 2 ** 64, -(2 ** 64)]:
    print(n, n.bit_length(), n.bit_count())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (1).to_bytes(), (0).to_bytes(0, "big"))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True))
print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\x00\x10", "little"), int.from_bytes(b"\xff", "big", signed=True), int.from_bytes([1, 2]), int.from_bytes(b""))
for args, kw in [((1,), {"byteorder": "big"}), ((1, "middle"), {})]:
    try:
        (1000).to_bytes(*args, **kw)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (128).to_bytes(1, "big", signed=True)
except OverflowError as e:
    print(type(e).__name__, e)
print((10).as_integer_ratio(), (7).is_integer() if hasattr(int, "is_integer") else "n/a", (5).conjugate())
print((5).real, (5).imag, (5).numerator, (5).denominator, True.real, type(True.real).__name__)
print(int.__index__(7), (3).__bool__(), (0).__bool__(), (12).__round__(-1), round(15, -1), round(25, -1), round(-15, -1))
print(round(12345, -2), round(5, 2), type(round(5, 2)).__name__, round(149, -2), round(150, -2), round(250, -2))
print((255).__format__("x"), int.__new__(int, "9"), (6).__sizeof__() > 0)
print(int.__name__, type(int.from_bytes(b"\x01", "big")).__name__)
