# codecs: incremental encoders and decoders, iterencode/iterdecode, BOM handling, state.
import codecs

text = "aé€😀z"
for enc in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "utf-8-sig",
            "latin-1", "ascii", "cp1252", "unicode_escape", "raw_unicode_escape"]:
    try:
        data = text.encode(enc, "backslashreplace")
    except UnicodeEncodeError as e:
        print(enc, "cannot", e)
        continue
    dec = codecs.getincrementaldecoder(enc)()
    pieces = [dec.decode(data[i:i + 1]) for i in range(len(data))]
    pieces.append(dec.decode(b"", final=True))
    print(enc, data, pieces)
    encoder = codecs.getincrementalencoder(enc)("replace")
    print(" ", b"".join(encoder.encode(c) for c in text) + encoder.encode("", True))

print(list(codecs.iterencode(["ab", "cd", "é"], "utf-16")))
print(list(codecs.iterdecode([b"\xff", b"\xfe", b"a\x00", b"b"], "utf-16", "replace")))
print(list(codecs.iterdecode([b"\xe2", b"\x82", b"\xac", b"!"], "utf-8")))

dec = codecs.getincrementaldecoder("utf-8")()
print(repr(dec.decode(b"\xe2\x82")), dec.getstate())
dec.reset()
print(repr(dec.decode(b"\xac", final=False)) if False else dec.getstate())
try:
    dec.decode(b"\xe2\x82", final=True)
except UnicodeDecodeError as e:
    print("final:", e)

d16 = codecs.getincrementaldecoder("utf-16")()
print(repr(d16.decode(b"\xfe")), repr(d16.decode(b"\xff\x00")), repr(d16.decode(b"A")), d16.getstate())
d16 = codecs.getincrementaldecoder("utf-16")()
try:
    print(repr(d16.decode(b"A\x00B\x00", final=True)))
except UnicodeError as e:
    print(type(e).__name__, e)
e16 = codecs.getincrementalencoder("utf-16")()
print(e16.encode("a"), e16.encode("b"), e16.getstate())
e16.reset()
print(e16.encode("c"))
print(codecs.utf_16_ex_decode(b"\xfe\xff\x00A", "strict", 0, True))
print(codecs.utf_16_ex_decode(b"A\x00", "strict", 0, True))
print(codecs.utf_32_ex_decode(b"\xff\xfe\x00\x00A\x00\x00\x00", "strict", 0, True))
print(codecs.utf_8_decode(b"ab\xe2\x82", "strict", False), codecs.utf_8_decode(b"ab\xe2\x82", "replace", True))
print(codecs.utf_16_le_decode(b"a\x00b", None, False), codecs.utf_32_be_decode(b"\x00\x00\x00a\x00", None, False))
print(codecs.utf_16_encode("ab"), codecs.utf_16_encode("ab", "strict", -1), codecs.utf_16_encode("ab", "strict", 1))
print(codecs.utf_32_encode("a"), codecs.latin_1_encode("é"), codecs.ascii_decode(b"abc"))
print(codecs.BOM, codecs.BOM_UTF16_BE, codecs.BOM_UTF32, codecs.BOM_UTF32_BE, codecs.BOM_LE, codecs.BOM64_LE)
sig = codecs.getincrementaldecoder("utf-8-sig")()
print(repr(sig.decode(b"\xef")), repr(sig.decode(b"\xbb\xbfa")), repr(sig.decode(b"\xef\xbb\xbfb")))
for bad in [b"\xff", b"\x00\xd8", b"a"]:
    for enc in ["utf-16-le", "utf-32-le"]:
        try:
            print(enc, bad.decode(enc))
        except UnicodeDecodeError as e:
            print(enc, e.reason, e.start, e.end)
