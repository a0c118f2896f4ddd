# pprint layouts: nesting, width, indent, depth, compact, sort_dicts, strings and bytes.
import pprint, io
data = {"alpha": list(range(12)), "beta": {"x": (1, 2, 3), "y": [{"k": "v" * 20}] * 3}, "gamma": {5, 3, 1}, "delta": frozenset({20, 10}), 7: None}
pprint.pprint(data)
pprint.pprint(data, width=30)
pprint.pprint(data, indent=4, width=40)
pprint.pprint(data, depth=1)
pprint.pprint(data, depth=2, width=50)
pprint.pprint(data, sort_dicts=False, width=60)
pprint.pp(data, width=60)
pprint.pprint(list(range(40)), compact=True, width=40)
pprint.pprint([list(range(8)) for _ in range(3)], compact=True, width=30)
pprint.pprint((1,), width=2); pprint.pprint(((1, 2),), width=5); pprint.pprint([], width=1); pprint.pprint({}, width=1)
s = "The quick brown fox jumps over the lazy dog. " * 4 + "\nsecond line\nthird"
pprint.pprint(s, width=40)
pprint.pprint([s], width=50)
pprint.pprint({"key": s}, width=50)
pprint.pprint(b"abcdefghijklmnopqrstuvwxyz" * 3, width=30)
pprint.pprint([bytearray(b"0123456789" * 6)], width=30)
pprint.pprint(10 ** 30, underscore_numbers=True); pprint.pprint([123456789, 1.5e10], underscore_numbers=True)
print(pprint.pformat({"b": [1, 2], "a": (3,)}, width=10))
out = io.StringIO()
pprint.PrettyPrinter(stream=out, width=20).pprint(["word"] * 6)
print(repr(out.getvalue()))
p = pprint.PrettyPrinter(indent=2, width=25, depth=3)
print(p.pformat([[[[1]]], {"a": {"b": {"c": 1}}}]))
print(p.isreadable([1, 2]), p.isrecursive([1]), p.isreadable(object()))
r = [1, 2]
r.append(r)
d = {"self": None}
d["self"] = d
print(pprint.isrecursive(r), pprint.isreadable(r), pprint.isrecursive(d), pprint.isreadable({"a": 1.5}), pprint.isreadable(print))
print(pprint.saferepr([1, (2, "x"), {"k": b"v"}]), pprint.saferepr({3: 1, 1: 2}), pprint.saferepr("a'b"))
print(pprint.saferepr({1: "a", "b": 2, None: 3}), pprint.pformat({(1, 2): 1, (0, 5): 2, 3: 4}))
for kw in ({"indent": -1}, {"depth": 0}, {"width": 0}):
    try:
        pprint.PrettyPrinter(**kw)
    except ValueError as e:
        print("ValueError", e)
