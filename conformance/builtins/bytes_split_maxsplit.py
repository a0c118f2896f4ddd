# bytes/bytearray split and rsplit with separators, maxsplit variants and keyword arguments; splitlines.
b = b"a,b,,c,"
print(b.split(b","), b.split(b",", 1), b.rsplit(b",", 2), b.split(sep=b",", maxsplit=0), b.rsplit(maxsplit=1, sep=b","), b"".split(b"x"), b"xx".split(b"x"))
w = b"  one  two\tthree\nfour  "
print(w.split(), w.split(None, 2), w.rsplit(None, 2), w.split(maxsplit=-1), bytearray(w).rsplit(maxsplit=1), b"\x00 \x00".split(), b"a\x85b\xa0c".split())
print(b"l1\nl2\r\nl3\r".splitlines(), b"l1\nl2\r\n".splitlines(keepends=True), b"no newline".splitlines(), b"\n\n".splitlines())
for f in [lambda: b.split(b""), lambda: b.split(","), lambda: b.split(b",", "1"), lambda: b.rsplit(1), lambda: b.splitlines(1, 2)]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
