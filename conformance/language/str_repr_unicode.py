# repr and str of strings with quotes, escapes and unicode.
for s in ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\n", "\x00\x7f", "é", "\u200b", "\U0001F600", "\\"]:
    print(repr(s), ascii(s), len(s))
print(str(b"bytes"), repr(b"\x00'\""), repr(bytearray(b"ab")))
print("\N{LATIN SMALL LETTER E WITH ACUTE}" == "é", "\u00e9".encode("utf-8"))
print(chr(0x1F600), ord("€"), "€".isprintable(), "\x1b".isprintable())
