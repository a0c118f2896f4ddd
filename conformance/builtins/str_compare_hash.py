# str comparison by code point (astral above BMP), equality with subclasses, hashing consistency.
print("a" < "b", "Z" < "a", "é" > "z", "😀" > "\uffff", "\U00010000" > "\ufffd", "abc" < "abd", "ab" < "abc", "" < "a", sorted(["b", "A", "a", "😀", "\uffff", "é"]))
class S(str):
    pass
print(S("x") == "x", hash(S("x")) == hash("x"), {"x": 1}[S("x")], S("a") < "b", max("abc", "abd"), min(["zz", "a", "😀"]))
for bad in [lambda: "a" < 1, lambda: "a" > None, lambda: "a" <= b"a", lambda: sorted(["a", 1])]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print("a" == b"a", "1" == 1, "a" != "a", "abc".__lt__("abd"), "a".__eq__(1))
