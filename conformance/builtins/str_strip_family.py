# str strip/lstrip/rstrip with default and explicit chars, removeprefix/removesuffix.
s = " \t\n xyhelloyx \u3000"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip().strip("xy")), repr("xxhixx".lstrip("x")), repr("xxhixx".rstrip("x")))
print(repr("abc".strip("")), repr("abc".strip(None)), repr("".strip()), repr("aaa".strip("a")), repr("😀a😀".strip("😀")), repr("\x1c\x1dA\x1e\x1f".strip()))
print("prefix_body".removeprefix("prefix_"), "prefix_body".removeprefix("x"), "body.txt".removesuffix(".txt"), "a".removesuffix(""), "".removeprefix("a"))
for bad in [lambda: "a".strip(1), lambda: "a".lstrip([]), lambda: "a".removeprefix(None), lambda: "a".removesuffix(b"a"), lambda: "a".rstrip("a", "b")]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
