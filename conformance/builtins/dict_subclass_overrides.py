# dict subclasses: which builtin operations call overridden methods (__missing__, keys) and which do not.
class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
    def __getitem__(self, k):
        return "get"
d = D(a=1); d.update(b=2); d["c"] = 3
print(dict.__repr__(d), d["a"], d.get("a"), d.setdefault("z", 0), dict(d), {**d}, list(d.items()))
class K(dict):
    def keys(self):
        return ["only"]
    def __getitem__(self, k):
        return "v-" + k
k = K(x=1)
print(dict(k), {**k}, list(k), k.copy())
e = {}; e.update(k); print(e)
class M(dict):
    def __missing__(self, key):
        self[key] = len(key)
        return self[key]
m = M(); print(m["abc"], m, m.get("zz"), "zz" in m, m.pop("abc"), m)
class Len(dict):
    def __len__(self):
        return 0
print(bool(Len(a=1)), len(dict(Len(a=1))), Len(a=1) == {"a": 1})
class It(dict):
    def __iter__(self):
        return iter(["fake"])
print(list(It(a=1)), dict(It(a=1)), list(It(a=1).keys()), sorted(It(b=2)))
