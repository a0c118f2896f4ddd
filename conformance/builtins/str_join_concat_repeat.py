# str.join with iterables and errors, + and * with errors, in-place operations.
print(",".join(["a", "b", "c"]), "".join(("x", "y")), "-".join("abc"), " ".join({"k": 1}), "".join([]), "😀".join(["a", "b"]), "ab".join(iter(["1", "2", "3"])))
print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, "" * 100, "a" + "b" + "c", "x" * True)
s = "a"
s += "b"
s *= 2
print(s)
class S(str):
    pass
print(type(",".join([S("a"), S("b")])).__name__, ",".join([S("a")]))
for bad in [lambda: ",".join([1, 2]), lambda: ",".join(["a", None]), lambda: ",".join(5), lambda: "a" + 1, lambda: 1 + "a", lambda: "a" * 1.5, lambda: "a" * "b",
            lambda: "a" - "b", lambda: ",".join(b"ab"), lambda: "a" * (2**63)]:
    try:
        print(bad())
    except (TypeError, OverflowError, MemoryError) as e:
        print(type(e).__name__, e)
