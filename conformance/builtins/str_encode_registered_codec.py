# str.encode/bytes.decode through a codec registered by the program, and the type checks on results.
import codecs
def search(name):
    if name == "upper":
        return codecs.CodecInfo(lambda s, errors="strict": (s.upper().encode("ascii", errors), len(s)),
                                lambda b, errors="strict": (bytes(b).decode("ascii", errors).lower(), len(b)), name="upper")
    if name == "wrong_types":
        return codecs.CodecInfo(lambda s, errors="strict": ("not bytes", len(s)), lambda b, errors="strict": (b"not str", len(b)),
                                name="wrong_types")
    if name == "not_tuple":
        return codecs.CodecInfo(lambda s, errors="strict": b"x", lambda b, errors="strict": "x", name="not_tuple")
    if name == "bytes_codec":
        return codecs.CodecInfo(lambda s, errors="strict": (s, 0), lambda b, errors="strict": (b, 0), name="bytes_codec",
                                _is_text_encoding=False)
    return None
codecs.register(search)
print("Hello".encode("upper"), b"HeLLo".decode("upper"), str(b"ABC", "upper"), "é".encode("upper", "replace"))
for bad in [lambda: "x".encode("wrong_types"), lambda: b"x".decode("wrong_types"), lambda: "x".encode("not_tuple"),
            lambda: b"x".decode("not_tuple"), lambda: "x".encode("bytes_codec"), lambda: b"x".decode("bytes_codec"),
            lambda: "é".encode("upper")]:
    try:
        print(bad())
    except (TypeError, LookupError, UnicodeError) as e:
        print(type(e).__name__, e)
print(codecs.encode("x", "bytes_codec"), codecs.decode(b"y", "bytes_codec"), codecs.encode("x", "wrong_types"))
