# repr/str of lists holding themselves and of mutually recursive containers.
a = [1]; a.append(a); print(a, repr(a), str(a))
b = [a, [a]]; print(b)
c = []; d = [c]; c.append(d); print(c, d)
e = {"k": []}; e["k"].append(e); print(e)
f = [1, (2, [])]; f[1][1].append(f); print(f)
class R:
    def __repr__(self):
        return "R!"
print([R(), [R()]], [None, True, 1.5, "s", b"b", ...])
g = [[]] * 3; g[0].append(1); print(g)
h = []; h.append(h); h.append(h); print(h)
print(a == a, len(a))
class Bad:
    def __repr__(self):
        raise ValueError("no repr")
try:
    repr([1, Bad()])
except ValueError as e:
    print("ValueError", e)
class NotStr:
    def __repr__(self):
        return 5
try:
    repr([NotStr()])
except TypeError as e:
    print("TypeError", e)
