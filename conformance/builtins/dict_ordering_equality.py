# dict insertion order, re-insertion, updates keeping position, equality ignoring order, key identity rules.
d = {}
d["b"] = 1; d["a"] = 2; d["c"] = 3
print(list(d))
d["b"] = 10
print(list(d.items()))
del d["b"]; d["b"] = 20
print(list(d.items()))
d.update({"a": 0, "z": 26})
print(list(d))
print({"x": 1, "y": 2} == {"y": 2, "x": 1}, list({"x": 1, "y": 2}) == list({"y": 2, "x": 1}))
print(dict.fromkeys("cab"), {k: None for k in "cab"}, dict(zip("cab", range(3))))
print({1: "int", 1.0: "float"}, {0: "a", False: "b", 0.0: "c"}, {"1": "str", 1: "int"})
e = {}
e[(1, 2)] = "tuple"
e[frozenset({1})] = "frozenset"
e[None] = "none"
e[3.5] = "float"
print(e[(1, 2)], e[frozenset([1])], e[None], e[3.5], len(e))
n1, n2 = float("nan"), float("nan")
nan_dict = {n1: 1, n2: 2}
print(len(nan_dict), nan_dict[n1], n1 in nan_dict, float("nan") in nan_dict)
big = {i: i * i for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], list(big)[-2:])
big[0] = 0
print(list(big)[-1], next(iter(big)))
print(dict(sorted({"b": 2, "a": 1}.items())), dict(reversed(list({"a": 1, "b": 2}.items()))))
print(sorted({"b": 1, "a": 2}, key={"b": 1, "a": 2}.get), max({"x": 3, "y": 9}.items(), key=lambda kv: kv[1]))
