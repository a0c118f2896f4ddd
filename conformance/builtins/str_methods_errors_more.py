# Type and value errors of str methods whose arguments are checked: encode, expandtabs, center, count, join, split.
calls = [lambda: "a".encode(errors=1), lambda: "a".encode("utf-8", "strict", 1), lambda: "a".expandtabs(tabsize="2"), lambda: "a".center(2**100), lambda: "a".ljust(-2**100),
         lambda: "a".count("a", 2**100), lambda: "a".find("a", -2**100), lambda: "a".split(maxsplit=2**100), lambda: "a".zfill(-1), lambda: "a".splitlines(keepends=2.5),
         lambda: "a".title(1), lambda: "a".isdigit(None), lambda: str.upper(1), lambda: str.join("", 1), lambda: "a".__mod__(1), lambda: "%d %d" % (1,), lambda: "a".index(""),
         lambda: "ab".rindex("", 5), lambda: "x".removeprefix(), lambda: "x".__contains__(1)]
for c in calls:
    try:
        print(repr(c()))
    except (TypeError, ValueError, OverflowError, IndexError) as e:
        print(type(e).__name__, e)
