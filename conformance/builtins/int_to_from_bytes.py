# int.to_bytes/from_bytes: byteorder, signed, defaults and overflow errors.
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True), (255).to_bytes())
print((0).to_bytes(0, "big"), (2**64 - 1).to_bytes(8, "little"), (-128).to_bytes(1, "big", signed=True), (127).to_bytes(length=1, byteorder="big"))
print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\x00\x10", "little"), int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b""), int.from_bytes([1, 2, 3], "big"))
print(int.from_bytes(bytearray(b"\x80"), "big", signed=True), int.from_bytes(b"\x01" * 20, "little"), bool.from_bytes(b"\x01", "big"), type(bool.from_bytes(b"\x00", "big")).__name__)
class MyInt(int):
    pass
print(type(MyInt.from_bytes(b"\x05", "big")).__name__, MyInt.from_bytes(b"\x05", "big"))
for bad in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (128).to_bytes(1, "big", signed=True),
            lambda: (1).to_bytes(1, "middle"), lambda: (1).to_bytes(-1, "big"), lambda: int.from_bytes("ab", "big"),
            lambda: int.from_bytes(b"a", "sideways"), lambda: (1).to_bytes(1, byteorder=1), lambda: int.from_bytes([256], "big")]:
    try:
        print(bad())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
