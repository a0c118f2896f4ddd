# repr() of strings: quote choice, escapes, unicode printability.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\t", "nl\n", "cr\r", "nul\0", "bell\a", "\x7f", "\x80", "\xa0", "\xad",
           "é", "日本", "\u200b", "\u2028", "\ud800", "\U0001F600", "\U000e0001", "back\\slash", "\x1b[0m", "", "'", '"', "\\'", "\x00\x01\x1f"]
for s in samples:
    print(repr(s), ascii(s), len(s))
print(repr("a" * 3), str("x"), repr(str(5)), repr(repr("q")))
print(["it's", 'a"b'], ("\n",), {"k\t": "v\\"})
print("%r" % "\x00", f"{'é'!a}", "{!r}".format("\u3000"))
print("\N{BLACK STAR}", "\N{LATIN SMALL LETTER E WITH ACUTE}" == "é", ord("\N{EURO SIGN}"))
print(repr(b"it's"), repr(b'"'), repr(b"'\""), repr(b"\x00\x7f\x80\xff\t\n\r\\"))
print(repr(bytearray(b"ab'")), repr(memoryview(b"x").tobytes()))
