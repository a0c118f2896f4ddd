# dict.fromkeys on dict and subclasses, shared default value, errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(dict.fromkeys("abca"), dict.fromkeys([1, 2], 0), dict.fromkeys(range(3), "v"), dict.fromkeys(()))
d = dict.fromkeys("xy", []); d["x"].append(1); print(d)
print({}.fromkeys([1]), dict.fromkeys({"k": 1, "j": 2}), dict.fromkeys({5, 5}))
class D(dict):
    pass
e = D.fromkeys("ab", 1); print(type(e).__name__, e)
class S(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
print(S.fromkeys("pq", 0))
t(lambda: dict.fromkeys())
t(lambda: dict.fromkeys(1))
t(lambda: dict.fromkeys([[]]))
t(lambda: dict.fromkeys("a", 1, 2))
import collections
print(collections.OrderedDict.fromkeys("ba"))
