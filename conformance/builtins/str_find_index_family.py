# str find/rfind/index/rindex/count with start/end (negative, None, huge) and astral characters.
s = "a😀b😀c😀"
print(s.find("😀"), s.rfind("😀"), s.find("😀", 2), s.find("c"), s.index("b"), s.rindex("😀", 0, -1), s.count("😀"), s.count(""), len(s))
t = "abcabcabc"
print(t.find("c", -4), t.find("c", None, 5), t.rfind("abc", 0, 8), t.count("abc", 1), t.count("", 3, 5), t.find("", 9), t.find("", 10), t.rfind(""), t.find("x", 10**20))
print(t.index("bc", -5, -1), t.rindex("a", 2**100 * -1, 4), t.startswith("bc", 1), t.endswith("ab", 0, 4), t.startswith(("x", "a")), t.endswith(()), "".count(""))
for bad in [lambda: t.index("x"), lambda: t.rindex("a", 5, 6), lambda: t.find(None), lambda: t.count("a", "1"), lambda: t.find(), lambda: t.index("a", 1, 2, 3),
            lambda: t.startswith(["a"]), lambda: t.endswith(("a", None)), lambda: t.rfind(sub="a")]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
