# Chained assignment semantics: left-to-right target binding, shared objects.
a = b = []
a.append(1)
print(a, b, a is b)
x = y = z = 0
x += 1
print(x, y, z)
lst = [0, 0, 0]
i = 0
i = lst[i] = 2
print(i, lst)
lst2 = [0, 0, 0]
j = 0
lst2[j] = j = 1
print(j, lst2)
d = {}
d["a"] = d["b"] = d
print(d["a"] is d, list(d))
class Obj:
    pass
o = Obj()
o.x = o.y = "shared"
print(o.x, o.y)
p, q = r = 1, 2
print(p, q, r)
(m, n), o2 = t = ((1, 2), 3)
print(m, n, o2, t)
log = []
class Logged(dict):
    def __setitem__(self, k, v):
        log.append(k)
        super().__setitem__(k, v)
L = Logged()
L["first"] = L["second"] = L["third"] = 0
print(log)
a1 = a2 = a3 = object()
print(a1 is a2 is a3)
s = t2 = "str"
s += "!"
print(s, t2)
first, *rest = seq = [1, 2, 3]
print(first, rest, seq)
