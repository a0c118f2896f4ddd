# collections.deque: both ends, rotate, maxlen, indexing, errors.
from collections import deque
d = deque([1, 2, 3])
d.append(4); d.appendleft(0); print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.extend([4, 5]); d.extendleft([0, -1]); print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
print(d.count(1), d.index(3), 3 in d, list(reversed(d)), d.copy() == d, d.copy() is d)
d.remove(3); d.insert(1, "x"); print(d)
d.reverse(); print(d)
d.clear(); print(d, bool(d))
bounded = deque(range(5), maxlen=3)
print(bounded, bounded.maxlen)
bounded.append(9); print(bounded)
bounded.appendleft(-1); print(bounded)
bounded.extend([7, 8]); print(bounded)
for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1]).remove(2), lambda: deque([1])[5], lambda: deque([1], maxlen=1).insert(0, 2), lambda: deque(maxlen=-1), lambda: deque([1]).index(9)]:
    try:
        print(bad())
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
d2 = deque("abc")
d2[1] = "B"; del d2[0]; print(d2, d2 + deque("z"), d2 * 2, deque([1, 2]) < deque([1, 3]))
it = iter(d2)
d2.append("q")
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
print(repr(deque()), repr(deque([1], maxlen=2)), deque([[1]]) == deque([[1]]))
