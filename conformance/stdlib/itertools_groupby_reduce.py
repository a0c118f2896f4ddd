import itertools as it, pickle, copy, warnings
from operator import itemgetter
warnings.simplefilter("ignore")
print([(k, list(g)) for k, g in it.groupby("aaabccdaa")])
print([(k, len(list(g))) for k, g in it.groupby([1, 1, 2, 3, 3, 3])], [k for k, _ in it.groupby([])])
rows = [("a", 1), ("a", 2), ("b", 3)]
print([(k, [v for _, v in g]) for k, g in it.groupby(rows, key=itemgetter(0))])
groups = list(it.groupby("aabbc")); print([(k, list(g)) for k, g in groups])
g = it.groupby("aab"); k, grp = next(g); print(k, next(grp), [k2 for k2, _ in g], list(grp))
g = it.groupby("aabb"); next(g); r = g.__reduce__(); print(r[0].__name__, r[1][1], r[2])
g = it.groupby("aabb"); k, grp = next(g); next(grp); r = g.__reduce__(); print(len(r), grp.__reduce__()[0].__name__)
g = it.groupby("aabb"); k, grp = next(g); print(grp.__reduce__()[1][1]); next(g); print(grp.__reduce__())
g = it.groupby("aabbbc"); k, grp = next(g); p = pickle.loads(pickle.dumps(g)); print([(k, list(v)) for k, v in p])
g = it.groupby("aabbbc"); k, grp = next(g); next(grp); p = pickle.loads(pickle.dumps((g, grp))); print(list(p[1]), [(k, list(v)) for k, v in p[0]])
c = copy.copy(it.groupby("xxy")); print([(k, list(v)) for k, v in c])
for bad in [5, (1, 2)]:
    try:
        it.groupby("a").__setstate__(bad)
    except TypeError as e:
        print(e)
class K:
    def __init__(self, v): self.v = v
    def __eq__(self, other):
        print("eq", self.v, other.v); return self.v == other.v
print([len(list(g)) for k, g in it.groupby([K(1), K(1), K(2)])])
