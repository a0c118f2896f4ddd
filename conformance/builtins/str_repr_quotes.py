# repr of str: quote choice, escapes for control/non-printable/surrogate characters, ascii().
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\n", "\\", "\x00\x07\x1b\x7f", "\x80\x9f\xa0\xad", "é日😀", "\u200b\u2028\ufeff", "\ud800", "\U000e0001", "\U0010ffff", "a\rb"]
for s in samples:
    print(repr(s), ascii(s), len(repr(s)))
print(repr(["it's", "x"]), str(["\n"]), f"{'q'!r}", "%r" % "\x01", "{!a}".format("ñ"))
