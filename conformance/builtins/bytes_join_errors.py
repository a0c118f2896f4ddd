# bytes.join / bytearray.join / str.join: accepted items, result types, and the item-index errors.
print(b",".join([b"a", bytearray(b"b"), memoryview(b"c")]), bytearray(b"-").join([b"x", b"y"]), b"".join([]), b"x".join([b"only"]))
print(type(bytearray().join([])).__name__, type(b"".join([bytearray(b"a")])).__name__, b"".join(iter([b"a", b"b"])))
print(",".join(["a", "b"]), "".join(("x" for _ in range(3))), "-".join("abc"), "x".join([]))
for bad in [lambda: b",".join([b"a", "b"]), lambda: b",".join([1]), lambda: ",".join(["a", 1]), lambda: ",".join([b"a"]),
            lambda: ",".join(1), lambda: b"".join(None), lambda: ",".join(["a", None, "b"])]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
class S(str):
    pass
r = S("-").join([S("a"), S("b")])
print(type(r).__name__, r, type("".join([S("x")])).__name__)
