# bytes/bytearray translate and maketrans: table, delete argument, None table, errors.
t = bytes.maketrans(b"abc", b"xyz")
print(len(t), t[97:100], b"aabbcc".translate(t), b"abcdef".translate(t, b"def"), b"abcdef".translate(None, b"ace"), b"abc".translate(None), bytearray(b"cab").translate(t))
print(bytearray.maketrans(b"a", b"b") == bytes.maketrans(b"a", b"b"), b"hello".translate(None, delete=b"l"), bytes.maketrans(bytearray(b"x"), memoryview(b"y"))[120])
for bad in [lambda: bytes.maketrans(b"ab", b"c"), lambda: b"a".translate(b"short"), lambda: bytes.maketrans("a", "b"), lambda: b"a".translate(None, "a"), lambda: b"a".translate(t, delete=1)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
