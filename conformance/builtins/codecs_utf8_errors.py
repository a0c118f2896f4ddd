# UTF-8 decoding of invalid input with every error handler; UnicodeDecodeError fields.
bad = [b"\xff", b"a\xc3", b"\xc3\x28", b"\xe2\x82", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xc0\xaf", b"ok\x80\x80end", b"\xf0\x9f\x98"]
for b in bad:
    row = []
    for h in ["ignore", "replace", "backslashreplace", "surrogateescape"]:
        row.append(b.decode("utf-8", h))
    try:
        b.decode("utf-8")
    except UnicodeDecodeError as e:
        row.append((e.encoding, e.object, e.start, e.end, e.reason, str(e)))
    print(b, [ascii(x) for x in row])
print(b"\xed\xa0\x80".decode("utf-8", "surrogatepass") == "\ud800", "\udcff".encode("utf-8", "surrogateescape"), "\ud800".encode("utf-8", "surrogatepass"))
