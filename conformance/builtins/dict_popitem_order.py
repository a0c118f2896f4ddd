# dict.popitem order after updates, deletes and re-inserts; popping until empty.
d = {}
for k in "abcde":
    d[k] = ord(k)
d["b"] = 0
del d["c"]
d["c"] = 1
out = []
while d:
    out.append(d.popitem())
print(out)
try:
    d.popitem()
except KeyError as e:
    print("KeyError", e)
e = dict.fromkeys(range(5))
e.pop(4); e[10] = None; print(e.popitem(), list(e))
f = {1: 1}; f.update({2: 2, 1: 3}); print(f.popitem(), f)
