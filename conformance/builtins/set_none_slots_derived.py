# None as a set member (deleted entries must not be confused with it), range iterator length
# hints, and __slots__ on Python subclasses of dict and list.
s = {None, 1, 2}
print(None in s, None in {None}, len({None, None}))
s.discard(1)
print(None in s, sorted(s, key=repr))
t = set()
t.add(None)
t.add(3)
t.remove(3)
print(t, None in t, frozenset([None]))
it = iter(range(5))
next(it)
print(it.__length_hint__(), iter(range(10**20)).__length_hint__())

class D(dict):
    __slots__ = ("a",)
class L(list):
    __slots__ = "h"
d = D(x=1)
d.a = 5
print(d, d.a)
try:
    d.b = 1
except AttributeError as e:
    print("AttributeError:", e)
del d.a
try:
    d.a
except AttributeError as e:
    print("AttributeError:", e)
l = L([1, 2])
l.h = hash((1, 2)) == hash((1, 2))
print(l, l.h, L.h)
