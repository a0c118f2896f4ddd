import pickle
class S:
    def __getitem__(self, i):
        if i < 3: return i
        raise IndexError
    def __len__(self): return 3
    def __repr__(self): return "S()"
it = iter(S()); next(it); print(it.__reduce__())
list(it); print(it.__reduce__())
it = iter(b"ab"); list(it); print(it.__reduce__())
c = iter(int, 1); print(c.__reduce__()[1])
rv = reversed(S()); next(rv); print(rv.__reduce__())
list(rv); print(rv.__reduce__())
rv = reversed(S()); rv.__setstate__(10); print(list(rv))
rv = reversed(S()); rv.__setstate__(-7); print(list(rv))
rv = reversed(S()); rv.__setstate__(1); print(list(rv))
r = iter(range(10)); next(r); r.__setstate__(2); print(list(r))
r = iter(range(10)); r.__setstate__(-2); print(list(r))
r = iter(range(10)); r.__setstate__(20); print(list(r))
r = iter(range(2**64, 2**64+3)); r.__setstate__(1); print(list(r))
print(iter(range(2**64, 2**64+3)).__reduce__()[1])
e = enumerate([1, 2], 2**70); print(e.__reduce__()[1][1])
print(filter(None, []).__reduce__()[1][0], filter(bool, []).__reduce__()[1][0])
f = filter(None, [1]); print(pickle.loads(pickle.dumps(f)).__reduce__()[1][0])
d = {1: 1, 2: 2}; it = iter(d); print(it.__reduce__()); d[3] = 3
try:
    print(it.__reduce__())
except RuntimeError as ex:
    print("RuntimeError", ex)
s = {1, 2}; it = iter(s); s.add(3)
try:
    print(it.__reduce__())
except RuntimeError as ex:
    print("RuntimeError", ex)
it = iter([1,2,3])
print(it.__reduce_ex__(2)[0] is iter, it.__reduce_ex__(4)[1])
print(hasattr(iter([]), '__setstate__'), hasattr(iter({}), '__setstate__'), hasattr(iter(set()), '__setstate__'), hasattr(zip(), '__setstate__'), hasattr(map(str, []), '__setstate__'))
l = [1, 2]; it = iter(l); next(it); l.append(3); print(it.__reduce__())
z = zip([1,2]); print(z.__reduce__()[0], [type(x).__name__ for x in z.__reduce__()[1]])
m = map(str, []); print(m.__reduce__()[1][0] is str)
