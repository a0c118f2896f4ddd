# bytes/bytearray split/strip/partition edge cases, whitespace definition, mixed-type arguments.
b = b"  a\tb\nc\x0bd\x0ce\rf\x1cg  "
print(b.split(), b.strip(), b.rsplit(None, 1), b"a,,b".split(b","), b"".split(), b"".split(b","), b"abc".split(b"abc"))
print(b"\x1c\x1d\x1e\x1f".split(), "\x1c\x1d\x1e\x1f".split(), b"\x85\xa0".split(), "\x85\xa0".split())
print(bytearray(b" x y ").split(), type(bytearray(b"a b").split()[0]).__name__, b"a b".split(bytearray(b" ")), b"a-b".partition(bytearray(b"-")))
print(b"xxhixx".strip(b"x"), b"hello".lstrip(b"hel"), b"hello".rstrip(b"lo"), b"  x  ".strip(None), bytearray(b"..a..").strip(b"."))
print(b"a\nb\r\nc\rd".splitlines(), b"a\nb".splitlines(True), b"a\x0bb\x0cc\x1cd".splitlines(), b"".splitlines())
for bad in [lambda: b"a b".split(" "), lambda: b"abc".strip("a"), lambda: b"abc".split(b""), lambda: b"abc".partition(b""), lambda: b"a".join([b"x", "y"]), lambda: b"abc".count(1000), lambda: b"abc".startswith("a")]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(b"abc".count(98), b"abc".find(99), b"abc".index(b"c"), 98 in b"abc", b"bc" in b"abc", bytearray(b"abc").find(b"b"), b"abc".replace(b"", b"-"))
print(b"a b c".split(maxsplit=1), b"a  b".split(b" "), b"abcabc".rsplit(b"b", 1), b"abc".rpartition(b"x"), b"TeSt".swapcase(), b"hello world".title())
