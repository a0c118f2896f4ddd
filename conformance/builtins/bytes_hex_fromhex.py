# bytes/bytearray hex() with separators and fromhex() with whitespace; errors.
b = bytes(range(250, 256)) + b"\x00\x01"
print(b.hex(), b.hex(":"), b.hex("-", 2), b.hex("_", -3), b.hex(b"|", 1), bytearray(b).hex(" ", 4), b"".hex(), memoryview(b).hex(":"))
print(bytes.fromhex("de ad be ef"), bytes.fromhex(" 0a0B "), bytearray.fromhex("ff 00"), bytes.fromhex(""), bytes.fromhex("\t01\n02 "))
for bad in [lambda: bytes.fromhex("abc"), lambda: bytes.fromhex("zz"), lambda: bytes.fromhex("a b"), lambda: bytes.fromhex(b"ab"), lambda: b.hex("::"), lambda: b.hex("é"), lambda: b.hex(1),
            lambda: bytes.fromhex("0g"), lambda: bytearray.fromhex("1")]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
