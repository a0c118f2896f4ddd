# repr/str of nested containers mixing floats, strings, bytes, None, bools, and custom reprs.
class R:
    def __repr__(self): return "R()"
    def __str__(self): return "str-R"
data = [1, 2.0, -0.0, 1e100, 1e-7, "s", 'q"uote', "it's", b"b", None, True, (1,), (), [], {}, set(), frozenset(), {1: [2, (3, {4: "x"})]}, R(), 3j, range(2), slice(1, None)]
print(data)
print(str(data) == repr(data), str(R()), [str(R())], (R(),), {R(): R()} if False else {"k": R()})
print(tuple(data[:5]), {"float": 0.1, "int": 1, "nested": {"deep": [[[]]]}}, {0.5, 1.5} == {1.5, 0.5})
print(repr([[1, 2], [3, 4]]), repr(((1, 2),)), repr([(), ((),)]), repr({(): ()}), repr([{}, {"": ""}]))
print([1.0, 10.0, 100.0, 1e15, 1e16, 123.456, -1.5, float("inf"), float("nan")], [0.1 + 0.2, 1 / 3])
print({"a": 1, "b": [1, 2], "c": {"d": None}}, [[], [[]], [[[]]]], ["\n", "\t", "\\", "\x00", "é", "\u200b"])
print(repr("".join(["a"] * 3)), [b"\x00\xff", bytearray(b"\n")], [print], [len, abs][0])
