# str.replace with counts and empty patterns, str.translate with maketrans in its three forms.
print("aaaa".replace("a", "b", 2), "aaaa".replace("a", "b", -1), "abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "abc".replace("x", "y"), "a😀a".replace("😀", "!"))
print("hello".replace("l", "L", 1), "abc".replace("b", ""), "aaa".replace("aa", "b"))
tab = str.maketrans("abc", "xyz", "d")
print(tab, "abcd-abcd".translate(tab), "hello".translate({ord("l"): None, ord("h"): "J"}), "abc".translate({97: 65, 98: "BB"}), str.maketrans({"a": "1", 98: None}))
print("abc".translate(str.maketrans("", "", "b")), "😀x".translate({0x1F600: "smile"}), "abc".translate([None, "x"] * 50), "abc".translate({}))
for bad in [lambda: str.maketrans("ab", "c"), lambda: str.maketrans({"ab": 1}), lambda: str.maketrans({1.5: 1}), lambda: "a".translate({97: 1.5}), lambda: "a".translate({97: 0x110000}),
            lambda: "a".replace(1, "b"), lambda: "a".replace("a"), lambda: str.maketrans("a", 1)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
