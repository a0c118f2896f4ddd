# UTF-16/UTF-32 with BOM and explicit endianness; surrogate pairs; truncated and bad input.
s = "A€😀"
for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "UTF16", "utf_32_be"]:
    e = s.encode(enc)
    print(enc, e, e.decode(enc) == s)
print(b"\xfe\xff\x00A".decode("utf-16"), b"\xff\xfeA\x00".decode("utf-16"), b"\x00\x00\xfe\xff\x00\x00\x00A".decode("utf-32"), b"A\x00".decode("utf-16"), b"\xff\xfe".decode("utf-16"))
for b, enc in [(b"A", "utf-16-le"), (b"\x00\xd8", "utf-16-le"), (b"\x00\xdcA\x00", "utf-16-le"), (b"\x00\x00\x11\x00", "utf-32-le"), (b"ABC", "utf-32"), (b"\x00\xd8\x00\x00", "utf-32-le")]:
    for h in ["strict", "replace", "ignore", "backslashreplace"]:
        try:
            print(b, enc, h, ascii(b.decode(enc, h)))
        except UnicodeDecodeError as e:
            print(b, enc, h, e.start, e.end, e.reason, "|", e)
for h in ["strict", "surrogatepass", "replace"]:
    try:
        print(h, "\ud800".encode("utf-16-le", h), "\ud800".encode("utf-32-be", h))
    except UnicodeEncodeError as e:
        print(h, e)
