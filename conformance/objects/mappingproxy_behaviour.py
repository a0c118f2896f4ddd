# type.__dict__ is a read-only mappingproxy; types.MappingProxyType wraps any mapping.
import types
class C:
    x = 1
mp = C.__dict__
print(type(mp).__name__, mp["x"], "x" in mp, mp.get("y", "none"), len(mp) > 0)
try:
    mp["x"] = 2
except TypeError as e:
    print("TypeError", e)
try:
    del mp["x"]
except TypeError as e:
    print("TypeError", e)
try:
    mp.x = 1
except AttributeError as e:
    print("AttributeError", e)
d = {"a": 1, "b": 2}
p = types.MappingProxyType(d)
print(p, repr(p), list(p), list(p.keys()), list(p.values()), list(p.items()))
d["c"] = 3
print(len(p), p["c"], p == {"a": 1, "b": 2, "c": 3}, p.copy() == d, type(p.copy()).__name__)
print(p | {"z": 0}, {"z": 0} | p, list(reversed(p)))
try:
    p |= {}
except TypeError as e:
    print("TypeError", e)
for bad in (1, [1, 2], "s"):
    try:
        types.MappingProxyType(bad)
    except TypeError as e:
        print("TypeError", e)
class M:
    def __getitem__(self, k):
        return k
    def keys(self):
        return []
print(types.MappingProxyType(M())["anything"] if False else "skip")
try:
    hash(p)
except TypeError as e:
    print("TypeError", e)
print(str(p), dict(p), sorted(p))
try:
    p.pop("a")
except AttributeError as e:
    print("AttributeError", e)
print(types.MappingProxyType({}) == types.MappingProxyType({}), bool(types.MappingProxyType({})))
