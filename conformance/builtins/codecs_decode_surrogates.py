# Surrogate handling: lone surrogates in str, surrogatepass for utf-8/16/32, surrogateescape round trips.
s = "a\ud800b\udfffc"
for enc in ["utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"]:
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        print(enc, e.start, e.end, e.reason)
    b = s.encode(enc, "surrogatepass")
    print(enc, b, ascii(b.decode(enc, "surrogatepass")), b.decode(enc, "surrogatepass") == s)
print(ascii("\udc80\udcff".encode("utf-8", "surrogateescape")), ascii(b"\xff\xfe".decode("ascii", "surrogateescape")), ascii(b"\x80".decode("utf-8", "surrogateescape").encode("latin-1", "surrogateescape")))
for b, enc in [(b"\xed\xa0\x80", "utf-8"), (b"\x00\xd8", "utf-16-le"), (b"\x00\xd8\x00\x00", "utf-32-le")]:
    try:
        print(b.decode(enc))
    except UnicodeDecodeError as e:
        print(enc, e.start, e.end, e.reason)
try:
    "\udc80".encode("utf-8", "surrogateescape")
    "\ud800".encode("ascii", "surrogateescape")
except UnicodeEncodeError as e:
    print(e)
