# chr/ord: range limits, surrogates, bytes and bytearray arguments, length errors and messages.
print(chr(0), repr(chr(0x10FFFF)), repr(chr(0xD800)), ord("\U0010FFFF"), ord(b"a"), ord(bytearray(b"\xff")), ord("é"), chr(True))
class I:
    def __index__(self):
        return 65
print(chr(I()))
for bad in [lambda: chr(-1), lambda: chr(0x110000), lambda: chr(2 ** 70), lambda: chr(1.5), lambda: chr("a"), lambda: chr(),
            lambda: ord(""), lambda: ord("ab"), lambda: ord(b"ab"), lambda: ord(1), lambda: ord(bytearray()), lambda: ord(memoryview(b"a")),
            lambda: ord(["a"])]:
    try:
        print(bad())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print([ord(c) for c in "a😀b"], "".join(chr(c) for c in range(0x41, 0x45)), chr(0x1F600) == "😀")
