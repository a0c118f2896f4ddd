# set operations on larger sets: results checked by size and sorted slices, removal and re-adding.
a = set(range(0, 3000, 2)); b = set(range(0, 3000, 3))
print(len(a | b), len(a & b), len(a - b), len(b - a), len(a ^ b), sorted(a & b)[:5], sorted(a ^ b)[-3:])
for i in range(0, 3000, 4):
    a.discard(i)
print(len(a), min(a), max(a), 4 in a, 6 in a)
for i in range(0, 3000, 4):
    a.add(i)
print(len(a), a == set(range(0, 3000, 2)))
c = {str(i) for i in range(500)}
print(len(c), "499" in c, "500" in c, sorted(c, key=int)[:3])
f = frozenset(range(1000)); print(len(f & a), f.issuperset(range(10)), f.isdisjoint(range(1000, 2000)))
d = set(); [d.add(i % 7) for i in range(100)]; print(sorted(d))
print(sorted({-1, -2, -3, 5}), sorted({2**70, 2**70 + 1, -2**70}))
