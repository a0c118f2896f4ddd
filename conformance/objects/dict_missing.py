# __missing__ on dict subclasses; defaultdict and Counter behaviour.
from collections import defaultdict, Counter
class Default(dict):
    def __missing__(self, key):
        print("__missing__", key)
        return key.upper()
d = Default(a="x")
print(d["a"], d["zz"], d.get("zz", "get ignores missing"), "zz" in d, d)

class Counting(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
c = Counting()
for w in "a b a c a".split():
    c[w] += 1
print(c)

class Raises(dict):
    def __missing__(self, key):
        raise LookupError(f"custom missing {key}")
try:
    Raises()["x"]
except LookupError as e:
    print(type(e).__name__, e)

dd = defaultdict(list)
dd["k"].append(1)
dd["k"].append(2)
print(dd, dd.default_factory, dict(dd))
nofactory = defaultdict()
try:
    nofactory["x"]
except KeyError as e:
    print(type(e).__name__, e)
print(repr(defaultdict(int, {"a": 1})))
cnt = Counter("abracadabra")
print(cnt["a"], cnt["zzz"], cnt.most_common(2), sorted(cnt.elements())[:4])
class NotDict:
    def __missing__(self, key):
        return "never"
    def __getitem__(self, key):
        raise KeyError(key)
try:
    NotDict()["x"]
except KeyError as e:
    print("plain class ignores __missing__:", e)
print(Default(a=1).pop("a"), Default().setdefault("q", 5))
