# dict keys: numeric equality across types, custom __hash__/__eq__, errors from them, unhashables.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
d = {1: "int"}
d[1.0] = "float"; d[True] = "bool"; print(d, len(d))
d[0] = "z"; d[False] = "f"; d[0j] = "c"; print(d)
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, o):
        return isinstance(o, K) and self.v == o.v
    def __repr__(self):
        return f"K({self.v})"
e = {K(1): "a"}; e[K(1)] = "b"; e[K(2)] = "c"; print(e, K(2) in e, K(3) in e)
class BadHash:
    def __hash__(self):
        raise ValueError("bad hash")
t(lambda: {BadHash(): 1})
t(lambda: BadHash() in {})
class StrHash:
    def __hash__(self):
        return "x"
t(lambda: {StrHash(): 1})
class BigHash:
    def __hash__(self):
        return 2**100
print(hash(BigHash()) == hash(2**100), {BigHash(): 1} != {})
class BadEq:
    def __hash__(self):
        return 1
    def __eq__(self, o):
        raise TypeError("bad eq")
f = {BadEq(): 1}
t(lambda: f[BadEq()])
t(lambda: {[1]: 2})
t(lambda: {}[{}])
t(lambda: {1: 2}[[]])
t(lambda: set().add([]))
class NoHash:
    __hash__ = None
t(lambda: {NoHash(): 1})
print(hash(-1), hash(-2), hash(0.0), hash(-0.0), hash(1.5) == hash(1.5))
n = float("nan"); g = {n: 1}; print(g[n], float("nan") in g)
