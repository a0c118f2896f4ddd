# bytes: construction, indexing, methods, errors.
print(bytes(3), bytes([65, 66]), bytes(b"x"), bytes("é", "utf-8"), bytes(range(3)), bytes(), b"ab" + b"cd", b"ab" * 2)
b = b"Hello, World"
print(b[0], b[-1], b[1:5], b[::-1], b[::3], len(b), b"o" in b, 111 in b, b.count(b"o"), b.find(b"World"), b.index(b"l"), b.rfind(b"o"))
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.split(b", "), b.replace(b"l", b"L"), b.startswith(b"He"), b.endswith((b"x", b"ld")))
print(b"  pad ".strip(), b"xxaxx".strip(b"x"), b"a,b".partition(b","), b"-".join([b"a", b"b"]), b"abc".center(7, b"*"), b"5".zfill(3))
print(b"abc".hex(), b"abc".hex("-"), bytes.fromhex("61 62 63"), b"\x00\xff".hex(), b"a1".isalnum(), b"ab".isalpha(), b"12".isdigit(), b" ".isspace())
print(b"a\tb".expandtabs(4), b"l1\nl2".splitlines(), b"ab cd".title(), b"ABC".lower(), b"abc".capitalize(), list(b"hi"))
print(b"abc".decode(), b"caf\xc3\xa9".decode("utf-8"), b"x".decode("ascii"), str(b"abc", "ascii"))
for bad in [lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes("abc"), lambda: b"a" + "b", lambda: b"abc"[10], lambda: bytes.fromhex("zz"), lambda: b"x".join(["a"]), lambda: bytes(-1), lambda: b"a" < "a", lambda: bytes(1.5)]:
    try:
        print(bad())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(b"a" == "a", b"abc" < b"abd", b"" < b"a", hash(b"x") == hash(b"x"), bytes(b"abc") is not None)
print(b"%s-%d" % (b"x", 5), b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"aXbXc".split(b"X", 1), b"a  b".split())
print(type(b[0]).__name__, type(b[0:1]).__name__, b.removeprefix(b"Hello"), b.removesuffix(b"World"), b"ab".ljust(4, b"."), b"ab".rjust(4))
print(int.from_bytes(b"\x01\x02", "big"), b"\x01\x02"[0] << 8 | b"\x01\x02"[1], bytes.__mro__)
