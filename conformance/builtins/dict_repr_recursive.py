# repr of dicts: recursive references, nested views, strings quoted, subclass repr.
d = {}
d["self"] = d; print(d)
e = {"l": []}; e["l"].append(e); print(e)
f = {1: {2: {}}}; f[1][2][3] = f; print(f)
print({"a": "'", "b": '"', "c": "\n"}, {1.5: None, (1,): [2], frozenset(): b""})
g = {}; g[1] = g.keys(); print(g)
h = {}; h[1] = h.values(); print(h)
i = {}; i[1] = i.items(); print(i)
class D(dict):
    pass
print(D(a=1), repr(D()), str(D(x=[1])))
class R(dict):
    def __repr__(self):
        return "R" + super().__repr__()
print(R(k=R()), [R()])
import collections
o = collections.OrderedDict(a=1); o["s"] = o; print(o)
