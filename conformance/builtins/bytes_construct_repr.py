# bytes(): from int, iterable, str with encoding, buffer, __bytes__; repr escapes and errors.
print(bytes(), bytes(3), bytes([65, 66, 255]), bytes(range(5)), bytes("hé", "utf-8"), bytes("hé", encoding="latin-1"), bytes(b"x"), bytes(bytearray(b"yz")), bytes(memoryview(b"mv")))
class B:
    def __bytes__(self): return b"custom"
print(bytes(B()), bytes(iter([1, 2])), bytes((x for x in b"ab")), repr(b"\x00\t\n\r'\"\\\x7f\x80\xff"), repr(b"it's"), repr(b'"'), repr(b"'\""))
for bad in [lambda: bytes(-1), lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes("abc"), lambda: bytes(1.5), lambda: bytes(["a"]), lambda: bytes("a", "nope"),
            lambda: bytes(b"a", "utf-8"), lambda: bytes(5, "utf-8"), lambda: bytes(None), lambda: bytes("é", "ascii")]:
    try:
        print(bad())
    except (ValueError, TypeError, LookupError, UnicodeError) as e:
        print(type(e).__name__, e)
