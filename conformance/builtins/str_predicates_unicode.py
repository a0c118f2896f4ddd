# str predicates over ASCII and Unicode: alpha/digit/decimal/numeric/space/printable/identifier/ascii.
samples = ["abc", "ABC", "Abc Def", "123", "١٢٣", "²", "½", "Ⅻ", "一", " \t\n", "\u3000", "", "a1", "_x1", "1x", "é", "ǅ", "\x00", "\x7f", "😀", "a b", "\u200b", "ﬁ", "Σ", "ⅷ", "𝟘", "x\u0301"]
for s in samples:
    print(repr(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isspace(), s.isprintable(), s.isidentifier(), s.isascii(), s.islower(), s.isupper(), s.istitle())
