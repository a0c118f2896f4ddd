# Or-patterns binding names, as-patterns, nested alternatives and the wildcard.
def f(v):
    match v:
        case (1, x) | (2, x) | [3, x]:
            return f"alt bound {x}"
        case {"a": y} | {"b": y}:
            return f"dict alt {y}"
        case ((0 | 1) as bit, (0 | 1) as bit2):
            return f"bits {bit}{bit2}"
        case str() | bytes() as sb:
            return f"stringish {sb!r}"
        case [*_, ("end" | "stop") as last]:
            return f"ends with {last}"
        case _:
            return "default"
for v in [(1, "a"), (2, "b"), [3, "c"], {"b": 5}, (0, 1), (1, 1), "s", b"b", ["x", "stop"], ["x", "go"], 7]:
    print(repr(v), "->", f(v))
for src in ["match x:\n case a | 1:\n  pass", "match x:\n case (a, 1) | (b, 2):\n  pass",
            "match x:\n case _ | 1:\n  pass", "match x:\n case 1 as x:\n  pass"]:
    try:
        compile(src, "<m>", "exec")
        print("compiles")
    except SyntaxError as e:
        print("SyntaxError", e.msg)
