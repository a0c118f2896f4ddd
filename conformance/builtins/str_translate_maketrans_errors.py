# str.maketrans argument forms and errors; str.translate with dicts, lists, None, LookupError.
print(str.maketrans({"a": "b", 99: None, "d": 101}))
print(str.maketrans("abc", "xyz"), str.maketrans("ab", "xy", "cd"))
print("abcdef".translate(str.maketrans("abc", "xyz", "f")))
print("hello".translate({ord("l"): "L", ord("o"): None, ord("h"): 0x48}))
print("abc".translate(["A", "B", "C"] + [None] * 97), "abc".translate({}))
class Lookup:
    def __getitem__(self, k):
        if k == ord("b"):
            raise LookupError
        return chr(k).upper()
print("abc".translate(Lookup()))
class Bad:
    def __getitem__(self, k):
        raise ValueError("boom")
for args in [(1,), ("ab", "c"), ({"ab": 1},), ({1.5: "x"},), ("a", "b", 3), ([],), ("a", 1)]:
    try:
        print(str.maketrans(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for table in [{ord("a"): 1.5}, {ord("a"): 0x110000}, {ord("a"): b"x"}, Bad()]:
    try:
        print("abc".translate(table))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    "a".translate()
except TypeError as e:
    print("TypeError", e)
