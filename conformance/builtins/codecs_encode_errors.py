# str.encode with ascii/latin-1/utf-8 and every error handler; UnicodeEncodeError fields and messages.
s = "aé€😀\udc80z"
for enc in ["ascii", "latin-1", "utf-8"]:
    for h in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
        try:
            print(enc, h, s.encode(enc, h))
        except UnicodeEncodeError as e:
            print(enc, h, type(e).__name__, e)
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        print(enc, e.encoding, ascii(e.object), e.start, e.end, e.reason, "|", e)
for h in ["surrogateescape", "surrogatepass", "strict", "nope"]:
    try:
        print(h, "x\udc80".encode("ascii", h))
    except (UnicodeEncodeError, LookupError) as e:
        print(h, type(e).__name__, e)
print("é".encode("latin-1"), "\x80".encode("latin1"), "€".encode("utf8"), "x".encode(encoding="ASCII", errors="strict"))
