# strip family, padding/alignment: center/ljust/rjust/zfill/expandtabs, removeprefix/suffix.
s = "xx hello xx"
print(repr(s.strip("x")), repr(s.lstrip("x")), repr(s.rstrip("x ")), repr("  \t\n pad \r\n".strip()), repr("abcba".strip("ab")))
print(repr("".strip()), repr("   ".strip()), repr("\u3000wide\u3000".strip()), repr("www.example.com".strip("cmowz.")))
print("[" + "hi".center(6) + "]", "[" + "hi".center(7, "*") + "]", "[" + "hi".center(1) + "]", "[" + "odd".center(6, "-") + "]")
print("[" + "hi".ljust(5, ".") + "]", "[" + "hi".rjust(5) + "]", "[" + "long".ljust(2) + "]")
try:
    "x".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "12345".zfill(3), "".zfill(2), "-".zfill(3))
print(repr("a\tb\tc".expandtabs()), repr("a\tb".expandtabs(4)), repr("abcdefgh\tx".expandtabs(4)), repr("x\ty\nab\tz".expandtabs(3)), repr("\t".expandtabs(0)))
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "same".removeprefix("x"), "same".removesuffix(""))
try:
    "x".strip(5)
except TypeError as e:
    print(type(e).__name__, e)
print("ab".ljust(-1), "ab".center(0), repr("abc".rjust(5, "\u00e9")))
