# Remaining str methods: count edge cases, index with tuples, format_map, __contains__, zfill with signs, isidentifier keywords.
print("banana".count("an"), "banana".count("ana"), "aaaa".count("aa"), "abc".__contains__("b"), "a" in "", "" in "a", "Ab".casefold())
print("if".isidentifier(), "None".isidentifier(), "x y".isidentifier(), "ℌ".isidentifier(), "·x".isidentifier(), "x·".isidentifier(), "_".isidentifier(), "٣x".isidentifier())
print("{a}".format_map({"a": 1}), str.format("{}", 5), str.upper("x"), str.__len__("abc"), "abc".__getitem__(slice(1, None)), "x".__mul__(3), "x".__rmul__(2), "a".__add__("b"))
print(str(), str(5), str(b"x"), str(None), str([1, "a"]), str(object=3), repr(str("é")), str.__new__(str, "q"), type(str.__new__(str)).__name__)
for bad in [lambda: str(1, 2), lambda: str(b"x", 5), lambda: str.__new__(int), lambda: "a".__add__(1), lambda: str(foo=1), lambda: "abc".format_map()]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
