# dict methods: get, setdefault, pop, popitem, update forms, fromkeys, copy, clear, |, |=.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 99), d)
print(d.pop("c"), d.pop("zz", "default"), d)
print(d.popitem(), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
d.update(a=10)
print(d)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys([], 1))
shared = dict.fromkeys("ab", [])
shared["a"].append(1)
print(shared)
c = d.copy(); c["new"] = 1; print("new" in d, "new" in c)
c.clear(); print(c, len(d))
print(dict(), dict(a=1), dict([("k", "v")]), dict({"x": 1}, y=2), dict(zip("ab", [1, 2])), dict([[1, 2]]))
for bad in [lambda: {}.pop("k"), lambda: {}.popitem(), lambda: {}["missing"], lambda: dict([1, 2]), lambda: dict([(1, 2, 3)]), lambda: {}.update(5), lambda: {[]: 1}, lambda: dict(1, 2), lambda: {}.get(), lambda: {}.fromkeys()]:
    try:
        print(bad())
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
x, y = {"a": 1, "b": 2}, {"b": 3, "c": 4}
print(x | y, y | x, x)
x |= y
print(x)
x |= [("d", 5)]
print(x)
try:
    x | [("e", 1)]
except TypeError as e:
    print(type(e).__name__, e)
print({1: "a", 1.0: "b"}, {True: 1, 1: 2}, len({0: 0, 0.0: 1, False: 2}))
order = {}
order["z"] = 1; order["a"] = 2; order["m"] = 3
del order["a"]; order["a"] = 4
print(list(order), order == {"a": 4, "z": 1, "m": 3})
print({"a": 1} == {"a": 1.0}, {"a": [1]} != {"a": [2]}, "a" in {"a": 1}, 1 in {"a": 1})
try:
    {"a": 1} < {"b": 2}
except TypeError as e:
    print(type(e).__name__, e)
print(d.__len__(), d.__contains__("x"), d.__getitem__("x"), sorted(dict.__dict__.keys() & {"get", "pop", "items"}))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())))
