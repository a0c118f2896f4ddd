# ascii and latin-1 decoding, error handlers on decode, bytearray/memoryview decode, str(bytes, enc).
b = b"abc\x80\xffdef"
for h in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape"]:
    try:
        print(h, ascii(b.decode("ascii", h)))
    except UnicodeDecodeError as e:
        print(h, e.encoding, e.start, e.end, e.reason, e)
print(b.decode("latin-1"), bytearray(b"\xe9").decode("latin1"), str(b"\xc3\xa9", "utf-8"), str(memoryview(b"mv"), "ascii"), str(b"x\xff", "ascii", "replace"), str(b"q", errors="strict"))
for bad in [lambda: b.decode("nope"), lambda: b.decode("ascii", "nope"), lambda: str("a", "utf-8"), lambda: str(5, "utf-8"), lambda: b.decode(errors=5), lambda: "a".encode("rot13")]:
    try:
        print(bad())
    except (LookupError, TypeError, UnicodeDecodeError) as e:
        print(type(e).__name__, e)
