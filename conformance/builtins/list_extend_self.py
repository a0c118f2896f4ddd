# Lists extended or assigned with themselves, iterables of every kind, and in-place ops on aliases.
a = [1, 2]
a.extend(a); print(a)
a += a; print(len(a))
b = [1, 2, 3]
b[1:1] = b; print(b)
c = [1, 2, 3]
c[::2] = c[:2]; print(c)
d = [0]
d.extend(range(3)); d.extend("ab"); d.extend({"k": 1}); d.extend(x * 10 for x in (1, 2)); d.extend((9,)); print(d)
e = [1]
e *= 3; print(e)
e *= 0; print(e)
e *= -1; print(e)
f = [[]] 
f *= 2
f[0].append(1); print(f)
g = [1, 2, 3]
g.extend(iter(g)) if False else g.extend(list(g)); print(g)
h = []
h.append(h); h.append(h)
print(h, len(h), h[0] is h)
i = [3, 1, 2]
j = i
i.sort(); print(j)
i = sorted(i, reverse=True); print(i, j)
k = list(range(5))
k[1:3] = (); print(k)
k[1:1] = "xy"; print(k)
try:
    k[1:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
