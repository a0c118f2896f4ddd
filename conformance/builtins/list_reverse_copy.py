# list.reverse, list.copy, reversed(list) and mutations seen by the reversed iterator.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
a = [1, [2], 3]
b = a.copy(); b[1].append(9); b.append(4); print(a, b)
a.reverse(); print(a)
print([].reverse(), [1].copy())
t(lambda: a.reverse(1))
t(lambda: a.copy(1))
r = reversed([1, 2, 3]); print(type(r).__name__, next(r), list(r), list(r))
c = [1, 2, 3, 4]
r = reversed(c); next(r); c.clear(); print(list(r))
c = [1, 2, 3]
r = reversed(c); c.append(4); print(list(r))
print(reversed([1, 2]).__length_hint__())
r = reversed([1, 2, 3]); next(r); print(r.__length_hint__())
print(list(reversed([])), [x for x in reversed(range(3))])
import copy
d = [[1], 2]; e = copy.copy(d); f = copy.deepcopy(d); d[0].append(5); print(e, f)
