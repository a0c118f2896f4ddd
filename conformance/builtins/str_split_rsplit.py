# str.split/rsplit: whitespace runs, maxsplit, separators, Unicode whitespace, errors.
s = "  a b\t\tc\nd  "
print(s.split(), s.rsplit(), s.split(None, 1), s.rsplit(None, 1), s.split(" "), s.split(maxsplit=2), s.rsplit(maxsplit=0))
print("a,b,,c".split(","), "a,b,,c".rsplit(",", 1), "a,b,,c".split(",", 0), "".split(","), "".split(), "abc".split("abc"), "aaa".split("a"), "a::b::c".split("::", 1))
print("x\u2003y\u00a0z\x1cw".split(), "x\u200by".split(), "a\x85b".split(), "one two".split(sep=None, maxsplit=-5))
for bad in [lambda: "a".split(""), lambda: "a".rsplit(""), lambda: "a".split(1), lambda: "a".split(",", "1"), lambda: "a".split(",", 1, 2), lambda: "a".split(x=1)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
