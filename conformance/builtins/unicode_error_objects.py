# UnicodeDecodeError/UnicodeEncodeError/UnicodeTranslateError constructed directly: fields, str, setters.
e = UnicodeDecodeError("utf-8", b"ab\xffcd", 2, 3, "invalid start byte")
print(e.encoding, e.object, e.start, e.end, e.reason, str(e), e.args, isinstance(e, ValueError), UnicodeDecodeError.__mro__)
e.start = 1; e.end = 4; e.reason = "custom"
print(str(e))
f = UnicodeEncodeError("ascii", "x\u20acy", 1, 2, "ordinal not in range(128)")
print(f.encoding, f.object, f.start, f.end, str(f), repr(f))
g = UnicodeEncodeError("ascii", "x\xffy", 1, 3, "bad")
print(str(g), str(UnicodeEncodeError("ascii", "\U0001f600", 0, 1, "r")))
t = UnicodeTranslateError("a\u1234b", 1, 2, "no mapping")
print(t.object, t.start, t.end, t.reason, str(t), t.encoding)
print(str(UnicodeDecodeError("x", b"\x01\x02", 0, 2, "two")))
for bad in [lambda: UnicodeDecodeError("utf-8"), lambda: UnicodeDecodeError(1, b"", 0, 0, ""), lambda: UnicodeEncodeError("a", b"x", 0, 1, "r")]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
