# str.encode / bytes.decode with utf-8, ascii, latin-1, utf-16, utf-32 and every standard error handler.
text = "aé€😀\udcff"
for enc in ["utf-8", "ascii", "latin-1", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]:
    for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape", "surrogatepass"]:
        try:
            print(enc, errors, text.encode(enc, errors))
        except UnicodeEncodeError as e:
            print(enc, errors, type(e).__name__, e, e.start, e.end, e.reason, e.encoding)
data = b"a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\xff\xc3(\xed\xa0\x80\xe2\x82"
for enc in ["utf-8", "ascii", "latin-1"]:
    for errors in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape", "surrogatepass"]:
        try:
            print(enc, errors, ascii(data.decode(enc, errors)))
        except UnicodeDecodeError as e:
            print(enc, errors, type(e).__name__, e, e.start, e.end, e.reason, e.object[:3])
for enc, raw in [("utf-16", b"\xff\xfea\x00"), ("utf-16", b"\xfe\xff\x00a"), ("utf-16", b"a\x00b"), ("utf-16-le", b"\x00\xd8a\x00"),
                 ("utf-32", b"\xff\xfe\x00\x00a\x00\x00\x00"), ("utf-32-be", b"\x00\x11\x00\x00"), ("utf-32-le", b"a\x00\x00")]:
    for errors in ["strict", "replace", "ignore"]:
        try:
            print(enc, errors, ascii(raw.decode(enc, errors)))
        except UnicodeDecodeError as e:
            print(enc, errors, type(e).__name__, e)
print("x".encode("UTF8"), "x".encode("Latin1"), "x".encode("iso-8859-1"), "x".encode("U16"), b"x".decode("US-ASCII"))
for bad in [lambda: "x".encode("nope"), lambda: b"x".decode("nope"), lambda: "x".encode("utf-8", "nope"), lambda: "é".encode("ascii", "nope"),
            lambda: "x".encode(errors=5), lambda: b"x".decode(5), lambda: str(b"\xff", "utf-8"), lambda: str("x", "utf-8"), lambda: str(5, "utf-8")]:
    try:
        print(bad())
    except (LookupError, TypeError, UnicodeError) as e:
        print(type(e).__name__, e)
print(str(b"\xff", "utf-8", "replace"), str(b"abc", encoding="ascii"), bytes("é", "utf-8"), bytearray("é", "latin-1"), "é".encode(encoding="utf-16-le"))
print(len("😀".encode("utf-16-le")), "😀".encode("utf-8").decode(), "\u0000\u007f\u0080\u07ff\u0800\uffff".encode("utf-8"))
