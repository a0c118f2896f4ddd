# Slicing, slice assignment with steps, slice deletion, and their errors.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::2], a[1::3], a[::-1], a[8:2:-2], a[-1:-4:-1], a[100:], a[-100:2], a[5:2])
print(a[::-3], a[slice(1, 4)], a[slice(None, None, -4)], a[3:3], a[True:3])
b = list(range(6))
b[1:3] = ["x", "y", "z"]; print(b)
b[:0] = [-1]; print(b)
b[len(b):] = [100]; print(b)
b[2:5] = []; print(b)
b[::2] = "ABC"; print(b)
b[::-1] = range(6); print(b)
c = list(range(8))
del c[::3]; print(c)
del c[1:3]; print(c)
del c[:]; print(c)
d = [1, 2, 3]
d[5:] = [9]; print(d)
d[-10:1] = [0]; print(d)
d[1:1] = (7, 7); print(d)
for bad in [lambda: a.__setitem__(slice(None, None, 2), [1, 2]), lambda: a.__setitem__(slice(0, 2), 5), lambda: a["1":], lambda: a.__getitem__(1.5), lambda: a[::0], lambda: a.__setitem__(slice(None, None, 0), []), lambda: a[10]]:
    try:
        print(bad())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
e = [1, 2, 3]
e[:] = e; print(e)
e[1:2] = e; print(e)
s = "abcdefgh"
t = tuple(s)
print(s[1:6:2], t[1:6:2], s[::-1][::2], t[-2:], s[:100])
class Idx:
    def __index__(self): return 2
print(a[Idx():4], s[:Idx()], a[Idx()])
