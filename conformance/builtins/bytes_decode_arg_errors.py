# bytes.decode / str.encode / str(bytes, ...) argument handling: keywords, None, wrong types, unknown names.
b = "héllo".encode()
print(b.decode(), b.decode("utf-8"), b.decode(encoding="latin-1"), b.decode(errors="ignore"), b.decode("ascii", errors="replace"))
print(str(b, "utf-8"), str(b, encoding="latin-1"), str(b, errors="replace"), str(bytearray(b"x"), "ascii"), str(memoryview(b"m"), "utf-8"))
print("é".encode("UTF-8"), "é".encode(encoding="Latin_1"), "é".encode(errors="strict"), "é".encode("utf_16_be"))
for bad in [lambda: b.decode(1), lambda: b.decode("utf-8", 1), lambda: b.decode(None), lambda: "x".encode(None), lambda: "x".encode("utf-8", None),
            lambda: str(b, 1), lambda: str("x", "utf-8"), lambda: str(1, "utf-8"), lambda: b.decode("nope"), lambda: "x".encode("nope"),
            lambda: b.decode("utf-8", "nohandler"), lambda: "é".encode("ascii", "nohandler"), lambda: "x".encode("ascii", "nohandler"),
            lambda: b.decode("rot13"), lambda: "x".encode("hex"), lambda: b.decode("utf-8", "strict", 1)]:
    try:
        print(repr(bad()))
    except (TypeError, LookupError, UnicodeError) as e:
        print(type(e).__name__, e)
