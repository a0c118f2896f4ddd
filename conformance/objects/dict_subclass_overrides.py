# Which dict operations call the overridden methods of a dict subclass.
class D(dict):
    def __setitem__(self, k, v):
        print("setitem", k)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        print("getitem", k)
        return super().__getitem__(k)
    def __contains__(self, k):
        print("contains", k)
        return super().__contains__(k)
    def keys(self):
        print("keys")
        return super().keys()
d = D(a=1)
d["b"] = 2
d.update(c=3)
d.setdefault("e", 5)
print(d.get("a"), d["a"], "a" in d, d.pop("c"))
print(sorted(d), list(d.items()), dict.__repr__(d))
print({**d}, dict(d))
import copy
print(copy.copy(d), type(copy.copy(d)).__name__)
class Missing(dict):
    def __missing__(self, k):
        return f"missing {k}"
m = Missing(x=1)
print(m["x"], m["y"], m.get("y"), "y" in m, len(m))
try:
    dict.__getitem__(m, "z")
except KeyError as e:
    print("KeyError", e)
class MissingAttr(dict):
    pass
mm = MissingAttr()
mm.__missing__ = lambda k: "instance attr"
try:
    mm["q"]
except KeyError as e:
    print("KeyError", e)
print(D(x=1) == {"x": 1}, type(D(x=1) | {"y": 2}).__name__, type(D.fromkeys("ab")).__name__, type(D(a=1).copy()).__name__)
