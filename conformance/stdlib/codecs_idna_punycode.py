# codecs: the idna and punycode codecs, labels, ACE prefixes, incremental forms and errors.
import codecs
for s in ["münchen.de", "Bücher.example", "xn--mnchen-3ya.de", "straße.de", "ÄÖÜ", "example.com.", "日本語.jp", "a.b.c", "МОСКВА.рф"]:
    try:
        b = s.encode("idna")
        print(s, b, b.decode("idna"))
    except UnicodeError as e:
        print(s, type(e).__name__, e)
for s in ["bücher", "ü", "abc", "日本語", "-> $1.00 <-", "Mañana"]:
    print(s, s.encode("punycode"), s.encode("punycode").decode("punycode") == s)
for bad in [b"xn--a.com", "a" * 64 + ".com", "", "a..b"]:
    try:
        print(repr(bad), bad.encode("idna") if isinstance(bad, str) else bad.decode("idna"))
    except UnicodeError as e:
        print(type(e).__name__, e)
print(list(codecs.iterencode(["mün", "chen.", "de"], "idna")), list(codecs.iterdecode([b"xn--mn", b"chen-3ya.", b"de"], "idna")))
try:
    "ü".encode("idna", "replace")
except UnicodeError as e:
    print(e)
print(b"xn--bcher-kva".decode("punycode"), codecs.decode(b"bcher-kva", "punycode"))
