# codecs: the registry, CodecInfo, custom search functions and error handlers.
import codecs

info = codecs.lookup("UTF-8")
print(type(info).__name__, info.name, isinstance(info, tuple), len(info))
print(info.encode("hé"), info.decode(b"h\xc3\xa9"))
for name in ["utf8", "U8", "latin1", "ISO-8859-1", "iso_8859_15", "cp1252", "windows-1252", "koi8-r",
             "mac-roman", "utf-16le", "UTF_32", "ascii", "us-ascii", "646", "unicode-escape", "rot13", "hex", "base64"]:
    print(name, "->", codecs.lookup(name).name)
for bad in ["no-such", "", "utf-8\x00", "cp99999"]:
    try:
        codecs.lookup(bad)
    except (LookupError, ValueError) as e:
        print(type(e).__name__, repr(str(e)))

def search(name):
    if name == "reverse_codec":
        return codecs.CodecInfo(lambda s, errors="strict": (s[::-1].encode("ascii"), len(s)),
                                lambda b, errors="strict": (bytes(b)[::-1].decode("ascii"), len(b)),
                                name="reverse")
    return None

codecs.register(search)
print("abc".encode("reverse_codec"), b"xyz".decode("reverse_codec"), codecs.lookup("Reverse Codec").name)
print(codecs.encode("abc", "reverse_codec"), codecs.decode(b"abc", "reverse_codec"))
codecs.unregister(search)
try:
    "abc".encode("reverse_codec")
except LookupError as e:
    print("after unregister:", e)

def bad_search(name):
    return (1, 2) if name == "badtuple" else None
codecs.register(bad_search)
try:
    codecs.lookup("badtuple")
except TypeError as e:
    print("TypeError", e)
try:
    codecs.register(42)
except TypeError as e:
    print("TypeError", e)

# error handlers: lookup, custom registration, called from str.encode and bytes.decode
for name in ["strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace", "namereplace",
             "surrogateescape", "surrogatepass"]:
    print(name, codecs.lookup_error(name).__name__)
try:
    codecs.lookup_error("nope")
except LookupError as e:
    print("LookupError", e)

def star(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ("*" * (exc.end - exc.start), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return ("<%s>" % exc.object[exc.start:exc.end].hex(), exc.end)
    raise TypeError("unexpected")
codecs.register_error("star", star)
print("aé€b".encode("ascii", "star"), "aé€b".encode("latin-1", "star"), "aé€b".encode("cp1252", "star"))
print(b"a\xff\xfeb".decode("ascii", "star"), b"a\xe2\x82b".decode("utf-8", "star"), b"a\x81b".decode("cp1252", "star"))
codecs.register_error("skip2", lambda exc: ("", exc.end + 1))
print(b"a\xffxyz".decode("utf-8", "skip2"), "aéxyz".encode("ascii", "skip2"))
codecs.register_error("wrongtype", lambda exc: 42)
codecs.register_error("outofrange", lambda exc: ("", 100))
codecs.register_error("bytesrep", lambda exc: (b"[B]", exc.end))
print("xéy".encode("ascii", "bytesrep"))
for handler in ["wrongtype", "outofrange", "nosuchhandler"]:
    for action in [lambda: "é".encode("ascii", handler), lambda: b"\xff".decode("utf-8", handler)]:
        try:
            print(action())
        except Exception as e:
            print(type(e).__name__, e)
try:
    codecs.register_error("x", "notcallable")
except TypeError as e:
    print("TypeError", e)

# the builtin handler functions called directly
exc = UnicodeEncodeError("ascii", "aé€", 1, 3, "ordinal not in range(128)")
for f in [codecs.ignore_errors, codecs.replace_errors, codecs.xmlcharrefreplace_errors,
          codecs.backslashreplace_errors, codecs.namereplace_errors]:
    print(f.__name__, f(exc))
dexc = UnicodeDecodeError("utf-8", b"a\xff\xfe", 1, 3, "invalid start byte")
for f in [codecs.ignore_errors, codecs.replace_errors, codecs.backslashreplace_errors,
          codecs.lookup_error("surrogateescape")]:
    print(f.__name__, f(dexc))
for f in [codecs.xmlcharrefreplace_errors, codecs.namereplace_errors]:
    try:
        f(dexc)
    except TypeError as e:
        print("TypeError", e)
try:
    codecs.strict_errors(exc)
except UnicodeEncodeError as e:
    print("strict raised", e)
try:
    codecs.replace_errors(ValueError("x"))
except TypeError as e:
    print("TypeError", e)
texc = UnicodeTranslateError("a\u1234b", 1, 2, "no mapping")
print(codecs.replace_errors(texc), codecs.backslashreplace_errors(texc), codecs.ignore_errors(texc))
print(codecs.lookup_error("surrogatepass")(UnicodeEncodeError("utf-8", "a\ud800", 1, 2, "surrogates")))
print("\ud800".encode("utf-16-le", "surrogatepass"), b"\x00\xd8".decode("utf-16-le", "surrogatepass") == "\ud800")
print("\udcff".encode("utf-8", "surrogateescape"), "\ud800x".encode("utf-8", "surrogatepass"))
