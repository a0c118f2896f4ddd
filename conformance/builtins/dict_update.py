# dict.update from mappings, pairs and keywords, with the errors for bad sequences.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
d = {}
d.update({"a": 1}); d.update([("b", 2), ["c", 3]]); d.update(d=4); d.update({"a": 0}, e=5); print(d)
d.update(); d.update([]); print(d)
class M:
    def keys(self):
        return ["k1", "k2"]
    def __getitem__(self, k):
        return k.upper()
d.update(M()); print(d)
t(lambda: d.update(1))
t(lambda: d.update([1]))
t(lambda: d.update([(1, 2, 3)]))
t(lambda: d.update(["ab", "c"]))
t(lambda: d.update({}, {}))
t(lambda: d.update([([], 1)]))
print(dict([("x", 1)], y=2), dict({"x": 1}, x=2), dict(M()), dict(zip("ab", range(2))))
t(lambda: dict([(1,)]))
t(lambda: dict(5))
t(lambda: dict({}, {}))
class K:
    keys = None
t(lambda: dict(K()))
e = {1: 1}; e.update(e); print(e)
