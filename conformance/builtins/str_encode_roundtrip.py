# Round trips of every code point class through utf-8/16/32, lengths of encodings, default encoding.
s = "".join(chr(c) for c in [0, 0x7f, 0x80, 0x7ff, 0x800, 0xfffd, 0xffff, 0x10000, 0x10ffff])
for enc in ["utf-8", "utf-16", "utf-32", "utf-16-be", "utf-32-le"]:
    b = s.encode(enc)
    print(enc, len(b), b.decode(enc) == s)
print(s.encode(), len(s), "é".encode() == "é".encode("utf-8"), b"\xef\xbb\xbfx".decode("utf-8"), b"\xef\xbb\xbfx".decode("utf-8-sig"), "x".encode("utf-8-sig"))
