# codecs: unicode_escape, raw_unicode_escape, escape_encode/escape_decode, charmap, rot13/hex/base64.
import codecs

s = "a\tb\n\\ 'q\" é\u1234\U0001F600\x00\x7f"
for enc in ["unicode_escape", "raw_unicode_escape"]:
    b = s.encode(enc)
    print(enc, b, b.decode(enc) == s)
for data in [rb"\x41\u00e9\U0001f600\N{EURO SIGN}\101\7\q\\", rb"\N{LATIN SMALL LETTER A}\N{nul}", b"caf\xe9\\n"]:
    print(ascii(data.decode("unicode_escape")), ascii(data.decode("raw_unicode_escape")))
for bad in [rb"\x4", rb"\u12", rb"\U0011ffff", rb"\N{NO SUCH NAME}", rb"\N{", rb"\N", b"abc\\"]:
    try:
        print(bad.decode("unicode_escape"))
    except UnicodeDecodeError as e:
        print(type(e).__name__, e.encoding, e.start, e.end, e.reason)
    print(repr(bad.decode("unicode_escape", "replace")), repr(bad.decode("unicode_escape", "backslashreplace")))
try:
    rb"\u12".decode("raw_unicode_escape")
except UnicodeDecodeError as e:
    print(e)
print(codecs.unicode_escape_decode(rb"ab\u12", "strict", False), codecs.unicode_escape_decode("\\x41é"))
print(codecs.escape_encode(b"a\tb\n'\"\\\x00\xff"), codecs.escape_decode(b"a\\tb\\x41\\101\\q\\\n"), codecs.escape_decode("\\x41"))
for bad in [b"\\x4", b"abc\\"]:
    try:
        codecs.escape_decode(bad)
    except ValueError as e:
        print("ValueError", e)
print(codecs.escape_decode(b"\\x4z", "replace"), codecs.escape_decode(b"\\x4z", "ignore"))

table = "abc" + "\ufffe" * 253
print(codecs.charmap_decode(b"\x00\x01\x02", "strict", table), codecs.charmap_decode(b"\x00\x05", "replace", table))
print(codecs.charmap_decode(b"\x00\x01\x02", "strict", {0: "x", 1: 0x263a, 2: None}) if False else "")
print(codecs.charmap_decode(b"\x00\x01", "strict", {0: "xy", 1: 0x263a}), codecs.charmap_decode(b"\x00\x01", "ignore", {0: "x"}))
m = codecs.charmap_build("abc")
print(codecs.charmap_encode("cab", "strict", m), codecs.charmap_encode("cabz", "replace", {ord("a"): 1, ord("?"): 63, ord("b"): 2, ord("c"): b"CC"}))
try:
    codecs.charmap_encode("z", "strict", m)
except UnicodeEncodeError as e:
    print(e)
print(codecs.charmap_decode(b"ab"), codecs.charmap_encode("ab"))

print(codecs.encode("Hello, World!", "rot13"), codecs.decode("Uryyb", "rot_13"))
print(codecs.encode(b"\x00\xffab", "hex"), codecs.decode(b"00ff6162", "hex_codec"), codecs.decode("00ff", "hex"))
print(codecs.encode(b"any carnal pleasure" * 5, "base64"), codecs.decode(b"YW55\n", "base64"))
for bad in [lambda: "x".encode("rot13"), lambda: b"x".decode("hex"), lambda: codecs.encode("x", "hex")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print("Grüße €".encode("cp1252"), b"\x80\x9c".decode("cp1252"), "Ж".encode("koi8-r"), b"\xb0".decode("cp437"), "é".encode("mac-roman"))
print("€".encode("iso8859-15"), "ą".encode("iso-8859-2"), "Ω".encode("cp737"), "ñ".encode("cp850"))
try:
    b"\x81".decode("cp1252")
except UnicodeDecodeError as e:
    print(e)
