# int.to_bytes / int.from_bytes: lengths, byte orders, signed overflow and their messages.
for n, length, order, signed in [(0, 0, "big", False), (255, 1, "big", False), (-1, 1, "little", True),
                                 (-128, 1, "big", True), (127, 1, "big", True), (65535, 2, "little", False),
                                 (2 ** 64 - 1, 8, "big", False), (-(2 ** 63), 8, "little", True)]:
    print(n, n.to_bytes(length, order, signed=signed))
for n, length, signed in [(256, 1, False), (-1, 1, False), (128, 1, True), (-129, 1, True), (1, 0, False), (-1, 0, True)]:
    try:
        n.to_bytes(length, "big", signed=signed)
    except OverflowError as e:
        print(n, length, signed, "OverflowError", e)
print((1).to_bytes(), (255).to_bytes(length=2), (300).to_bytes(2, byteorder="little"))
for bad in [lambda: (1).to_bytes(-1, "big"), lambda: (1).to_bytes(1, "middle"), lambda: (1).to_bytes(1.0, "big"),
            lambda: (1).to_bytes(1, 2)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\x00\x80", "little", signed=True), int.from_bytes(b""))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x01\x00"), "little"), int.from_bytes(memoryview(b"\x7f")))
class MyInt(int):
    pass
print(type(MyInt.from_bytes(b"\x01", "big")).__name__, bool.from_bytes(b"\x01", "big"))
for bad in [lambda: int.from_bytes("ab", "big"), lambda: int.from_bytes(b"a", "sideways"), lambda: int.from_bytes([256], "big"),
            lambda: int.from_bytes(1, "big")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
