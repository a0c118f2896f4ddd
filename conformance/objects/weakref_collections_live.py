# WeakValueDictionary, WeakKeyDictionary and WeakSet with referents kept alive.
import weakref
class K:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"K{self.n}"
ks = [K(i) for i in range(4)]
wv = weakref.WeakValueDictionary()
for i, k in enumerate(ks):
    wv[i] = k
print(len(wv), wv[2], sorted(wv.keys()), list(wv.values()), 1 in wv, 9 in wv)
print(wv.get(9), wv.get(1), wv.pop(3), len(wv))
print(wv.setdefault(0, K(99)), sorted(wv.items(), key=lambda kv: kv[0]))
try:
    wv[42]
except KeyError as e:
    print("KeyError", e)
print(dict(wv) == {0: ks[0], 1: ks[1], 2: ks[2]})
wk = weakref.WeakKeyDictionary()
wk[ks[0]] = "zero"
wk[ks[1]] = "one"
print(len(wk), wk[ks[0]], ks[1] in wk, K(5) in wk, sorted(wk.values()))
del wk[ks[0]]
print(list(wk.keys()), list(wk.items()))
try:
    wk[1] = 2
except TypeError as e:
    print("TypeError", e)
ws = weakref.WeakSet(ks[:2])
ws.add(ks[2])
print(len(ws), ks[2] in ws, ks[3] in ws, sorted(ws, key=lambda k: k.n))
ws.discard(ks[0])
ws.remove(ks[1])
print(list(ws), ws == weakref.WeakSet([ks[2]]))
try:
    ws.remove(ks[3])
except KeyError:
    print("KeyError")
print(isinstance(wv, weakref.WeakValueDictionary))
u = weakref.WeakSet(ks) | weakref.WeakSet([ks[0]])
print(len(u))
