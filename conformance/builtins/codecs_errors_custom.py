# Error handlers applied in combination: mixed valid/invalid runs, handler names' case, errors= keyword.
data = "ab\xe9\u20ac\U0001f600c"
for enc in ["ascii", "latin-1"]:
    print(enc, data.encode(enc, errors="replace"), data.encode(enc, "ignore"), data.encode(enc, "xmlcharrefreplace"), data.encode(enc, "backslashreplace"))
raw = b"a\x80\x81b\xffc"
print(raw.decode("utf-8", "replace"), ascii(raw.decode("utf-8", "surrogateescape")), raw.decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape") == raw, raw.decode("latin-1").encode("latin-1") == raw)
print(ascii(b"\xe2\x82".decode("utf-8", "replace")), ascii(b"\xe2\x82\xe2\x82\xac".decode("utf-8", "replace")), ascii(b"\xf0\x9f\x98".decode("utf-8", "backslashreplace")))
for h in ["Strict", "REPLACE"]:
    try:
        print("\xe9".encode("ascii", h))
    except LookupError as e:
        print(type(e).__name__, e)
try:
    "\xe9".encode("ascii", errors="xmlcharrefreplace", extra=1)
except TypeError as e:
    print(type(e).__name__, e)
