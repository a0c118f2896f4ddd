# collections.abc mixin methods provided to subclasses.
from collections.abc import Sequence, MutableMapping, Set, MutableSequence
class Squares(Sequence):
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("out of range")
        return i * i
sq = Squares(5)
print(list(sq), 9 in sq, sq.index(16), sq.count(4), list(reversed(sq)), sq[1:4], sq[-1])
try:
    sq.index(7)
except ValueError as e:
    print(type(e).__name__, e)

class Store(MutableMapping):
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k.lower()]
    def __setitem__(self, k, v): self._d[k.lower()] = v
    def __delitem__(self, k): del self._d[k.lower()]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
st = Store()
st["A"] = 1
st.update(B=2, c=3)
print(st["a"], st.get("Z", "none"), sorted(st.keys()), sorted(st.items()), st.pop("b"), "C" in st)
print(st.setdefault("d", 4), len(st), st == {"a": 1, "c": 3, "d": 4})
st.clear()
print(len(st))

class Bits(Set):
    def __init__(self, it): self._s = set(it)
    def __contains__(self, x): return x in self._s
    def __iter__(self): return iter(sorted(self._s))
    def __len__(self): return len(self._s)
a, b = Bits([1, 2, 3]), Bits([2, 3, 4])
print(list(a & b), list(a | b), list(a - b), list(a ^ b), a <= Bits([1, 2, 3, 4]), a.isdisjoint([9]))
class Lst(MutableSequence):
    def __init__(self): self._l = []
    def __getitem__(self, i): return self._l[i]
    def __setitem__(self, i, v): self._l[i] = v
    def __delitem__(self, i): del self._l[i]
    def __len__(self): return len(self._l)
    def insert(self, i, v): self._l.insert(i, v)
ml = Lst()
ml.append(1); ml.extend([2, 3]); ml.reverse(); ml += [0]
print(list(ml), ml.pop(), ml.remove(2), list(ml))
try:
    Sequence()
except TypeError as e:
    print(type(e).__name__, e)
