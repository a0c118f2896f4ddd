# Case conversion and is* predicates.
words = ["hello world", "HELLO", "Hello World", "hELLO wORLD", "ß straße", "ǆemal", "they're bill's friends", "123abc", "ﬁne", "İstanbul", ""]
for w in words:
    print(repr(w), "|", w.upper(), "|", w.lower(), "|", w.title(), "|", w.capitalize(), "|", w.swapcase(), "|", w.casefold())
samples = ["abc", "ABC", "Abc", "Abc Def", "123", "12.5", "½", "²", "٣", "abc123", "", " ", "\t\n", "_id", "id1", "1id", "class", "Ⅻ", "hello!", "\x00", "é"]
print("sample isalpha isalnum isdigit isdecimal isnumeric isspace islower isupper istitle isidentifier isprintable isascii")
for t in samples:
    print(repr(t), t.isalpha(), t.isalnum(), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isspace(), t.islower(), t.isupper(), t.istitle(), t.isidentifier(), t.isprintable(), t.isascii())
