# str.translate with mappings returning str/int/None, LookupError passthrough, and __getitem__ objects.
class Upper:
    def __getitem__(self, c):
        if c == ord("x"):
            raise LookupError
        return chr(c).upper()
print("abcxyz".translate(Upper()), "hello".translate(str.maketrans("lo", "01")), "tab\there".translate({9: "    "}), "a-b_c".translate(str.maketrans("-_", "  ")))
print("abc".translate({ord("a"): "AAA", ord("b"): ""}), "ééé".translate({0xe9: 0x65}), "x😀y".translate({0x1F600: None}), str.maketrans("", ""), str.maketrans({}))
class Bad:
    def __getitem__(self, c): raise KeyError(c)
class Err:
    def __getitem__(self, c): raise ValueError("boom")
print("abc".translate(Bad()))
for f in [lambda: "a".translate(Err()), lambda: "a".translate({97: b"x"}), lambda: "a".translate({97: -1}), lambda: "a".translate(5)]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
