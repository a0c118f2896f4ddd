# str/bytes count and find with overlapping and empty needles and every start/end combination.
s = "aaaa"
print(s.count("aa"), s.count(""), s.count("", 2), s.count("", 5), s.count("a", -2), s.count("a", 1, -1), "".count(""), "".count("", 1))
print(s.find("aa", 1), s.rfind("aa"), s.find("", 4), s.find("", 5), s.rfind(""), s.rfind("", 0, 2), s.index("a", -1))
print(b"abab".count(b"ab"), b"abab".count(b""), b"abab".count(ord("b")), bytearray(b"aaa").count(b"aa"), b"x".find(120))
print("ab😀ab😀".count("😀"), "ab😀ab😀".find("ab", 1), "ab😀ab😀".rfind("😀", 0, 5), "αβγ".find("γ"))
for bad in [lambda: s.count(1), lambda: s.count("a", "b"), lambda: b"a".count(256), lambda: b"a".count("a"), lambda: s.index("b"),
            lambda: s.rindex("b", 1), lambda: b"ab".index(b"c"), lambda: s.count()]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
