# Shared and recursive references keep their identity; memo numbering and the bytes that refer back.
import pickle
shared = [1, 2]
rec = [0]
rec.append(rec)
d = {}
d["self"] = d
inner = [1]
t = (inner,)
inner.append(t)
s = "shared string"
objs = [[shared, shared, (shared,)], rec, d, t, [s, s, s], (s, [s]), {"a": s, "b": s}, [[]] * 3]
for o in objs:
    for proto in (0, 1, 2, 4, 5):
        print(proto, pickle.dumps(o, proto))
a = pickle.loads(pickle.dumps(objs[0]))
print(a[0] is a[1], a[2][0] is a[0])
r = pickle.loads(pickle.dumps(rec, 0))
print(r[1] is r, r)
dd = pickle.loads(pickle.dumps(d, 2))
print(dd["self"] is dd)
tt = pickle.loads(pickle.dumps(t, 1))
print(tt[0][1] is tt, type(tt).__name__)
l3 = pickle.loads(pickle.dumps(objs[7]))
l3[0].append(9)
print(l3)
