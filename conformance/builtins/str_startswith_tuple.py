# str/bytes startswith/endswith with tuples, start/end arguments, empty prefixes and type errors.
s = "hello world"
print(s.startswith(("he", "x")), s.startswith(("x", "y")), s.startswith(()), s.endswith(("ld", "")), s.startswith("", 11), s.startswith("", 12))
print(s.startswith("world", 6), s.startswith("wor", 6, 8), s.endswith("hello", 0, 5), s.endswith("lo", -100, -6), s.startswith("h", None, None))
print(b"abc".startswith((b"a", bytearray(b"z"))), b"abc".endswith(memoryview(b"bc")), bytearray(b"abc").startswith(b"b", 1))
for bad in [lambda: s.startswith(["he"]), lambda: s.startswith(1), lambda: s.endswith(("a", 1)), lambda: b"a".startswith("a"),
            lambda: b"a".endswith((b"a", "a")), lambda: s.startswith("a", "1"), lambda: s.startswith()]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
print("".startswith(""), "".endswith("", 0, 0), "abc".startswith("", 3, 1), "abc".endswith("c", 2 ** 70), "abc".startswith("a", -(2 ** 70)))
