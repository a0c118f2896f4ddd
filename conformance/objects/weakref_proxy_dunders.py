# Proxies forward containers, iteration, numeric conversions and in-place operators to the referent.
import weakref
class Box:
    def __init__(self):
        self.items = [3, 1, 2]
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __delitem__(self, i):
        del self.items[i]
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)
    def __int__(self):
        return 42
    def __float__(self):
        return 4.5
    def __index__(self):
        return 1
    def __neg__(self):
        return "neg"
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __lt__(self, o):
        return len(self.items) < o
    def __bool__(self):
        return False
    def __str__(self):
        return "Box!"
b = Box()
p = weakref.proxy(b)
p[0] = 9
del p[1]
print(p[0], 2 in p, 7 in p, list(p), len(p), sorted(p), int(p), float(p), [10, 20][p], -p, p < 5, bool(p), str(p))
q = p
q += 4
print(b.items, type(q).__name__)
print(repr(p).startswith("<weakproxy at "), weakref.getweakrefcount(b))
import operator
print(operator.index(p), hex(p), divmod(7, 2))
