# bytes indexing gives ints, slicing gives bytes, concatenation, repetition, comparisons, hashing.
b = b"hello"
def setb():
    b[0] = 1
print(b[0], b[-1], b[1:3], b[::-1], b[::2], list(b), b + b"!", b * 2, 0 * b, b"" + bytearray(b"x"), b == b"hello", b < b"help", b"a" < b"ab", b > b"\x00")
print(b"el" in b, 104 in b, b"" in b, hash(b) == hash(b"hello"), len(b), min(b), max(b), sorted(b"cab"), bytes(reversed(b)), b.__getitem__(1))
for bad in [lambda: b[5], lambda: b["x"], lambda: b + "a", lambda: b * 1.5, lambda: 256 in b, lambda: "e" in b, lambda: b < "a", setb]:
    try:
        print(bad())
    except (IndexError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(b == "hello", b != bytearray(b"hello"), b == bytearray(b"hello"), b == memoryview(b"hello"))
