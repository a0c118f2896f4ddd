# UnicodeDecodeError/EncodeError/TranslateError: constructor fields, str for one and several positions, errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
d = UnicodeDecodeError("utf-8", b"ab\xffcd", 2, 3, "invalid start byte")
print(d.encoding, d.object, d.start, d.end, d.reason, d.args, str(d))
d2 = UnicodeDecodeError("ascii", b"\x80\x81", 0, 2, "bad"); print(str(d2))
e = UnicodeEncodeError("ascii", "h\xe9llo", 1, 2, "ordinal not in range(128)"); print(e.object, e.start, str(e))
e2 = UnicodeEncodeError("latin-1", "\u20ac\u20ac", 0, 2, "nope"); print(str(e2))
e3 = UnicodeEncodeError("ascii", "\U0001f600", 0, 1, "r"); print(str(e3))
tr = UnicodeTranslateError("\u0100", 0, 1, "no map"); print(tr.encoding, str(tr))
t(lambda: UnicodeDecodeError("utf-8", "str", 0, 1, "r"))
t(lambda: UnicodeDecodeError("utf-8", b"x", 0, 1))
t(lambda: UnicodeEncodeError("ascii", b"x", 0, 1, "r"))
t(lambda: UnicodeEncodeError(1, "x", 0, 1, "r"))
d.start = 0; d.reason = "changed"; print(str(d))
try:
    b"\xc3".decode("utf-8")
except UnicodeDecodeError as err:
    print(err.encoding, err.object, err.start, err.end, err.reason)
try:
    "\xe9".encode("ascii")
except UnicodeEncodeError as err:
    print(err.encoding, err.object, err.start, err.end, err.reason)
print(UnicodeDecodeError.__mro__[1].__name__, issubclass(UnicodeError, ValueError))
print(str(UnicodeDecodeError("utf-8", bytearray(b"\xff"), 0, 1, "r")), type(UnicodeDecodeError("utf-8", bytearray(b"\xff"), 0, 1, "r").object).__name__)
