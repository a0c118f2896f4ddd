# Encodings: utf-8/16/32 with and without BOM, latin-1, cp1252, ascii error handlers, codecs module.
import codecs
s = "Aé€😀"
for enc in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32-le", "latin-1", "cp1252", "ascii"]:
    try:
        b = s.encode(enc)
        print(enc, b, b.decode(enc) == s)
    except UnicodeEncodeError as e:
        print(enc, type(e).__name__, e.encoding, e.start, e.end, e.reason)
for handler in ["strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace", "namereplace", "surrogateescape"]:
    try:
        print(handler, s.encode("ascii", handler))
    except UnicodeEncodeError as e:
        print(handler, type(e).__name__)
bad = b"ok\xff\xfeend"
for handler in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape"]:
    try:
        r = bad.decode("utf-8", handler)
        print(handler, repr(r), r.encode("utf-8", "surrogateescape") == bad if handler == "surrogateescape" else "")
    except UnicodeDecodeError as e:
        print(handler, type(e).__name__, e.start, e.end, e.reason)
print(codecs.encode("abc", "rot13"), codecs.decode(b"616263", "hex"), codecs.encode(b"abc", "base64"), codecs.lookup("UTF8").name, codecs.lookup("latin_1").name)
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, "\ufeffx".encode("utf-8"), b"\xef\xbb\xbfx".decode("utf-8-sig"), "x".encode("utf-8-sig"))
print(b"\xe2\x82".decode("utf-8", "replace"), b"\xc0\x80".decode("utf-8", "replace"), b"\xed\xa0\x80".decode("utf-8", "replace"))
print("\u00e9".encode("utf-8"), "e\u0301".encode("utf-8"), len("\U0001F600".encode("utf-16-le")), "ß".encode("idna") if False else "skip")
dec = codecs.getincrementaldecoder("utf-8")()
print(repr(dec.decode(b"\xe2\x82")), repr(dec.decode(b"\xac")), repr(dec.decode(b"", final=True)))
try:
    codecs.lookup("no-such-encoding")
except LookupError as e:
    print(type(e).__name__, e)
