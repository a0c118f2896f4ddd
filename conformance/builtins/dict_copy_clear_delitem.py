# dict.copy (shallow), clear, del d[k], `in` and the KeyError for missing keys.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
d = {"a": [1], "b": 2}
c = d.copy(); c["a"].append(2); c["c"] = 3; print(d, c, c is d)
del c["c"]; print(c)
def d1(): del c["zz"]
def d2(): del c[[]]
t(d1); t(d2)
c.clear(); print(c, d)
t(lambda: c.clear(1))
t(lambda: c.copy(1))
print("a" in d, "z" in d, "z" not in d)
t(lambda: [] in d)
t(lambda: d[[]])
t(lambda: d["missing"])
t(lambda: d[1, 2])
t(lambda: d.__getitem__())
import copy
x = {"k": [1]}; y = copy.deepcopy(x); x["k"].append(2); print(x, y)
class D(dict):
    pass
z = D(a=1).copy(); print(type(z).__name__, z)
