# tuple.index/count, slicing, concatenation, repetition and their errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
a = (1, 2, 3, 2, 1)
print(a.index(2), a.index(2, 2), a.index(1, -1), a.count(2), a.count(9), a.count(1.0))
t(lambda: a.index(9))
t(lambda: a.index(1, 1, 4))
t(lambda: a.index())
t(lambda: a.count())
print(a[1:3], a[::-1], a[::2], a[-2:], a[10:], a[:], a[:] is a, a[0:5] is a)
t(lambda: a[5])
t(lambda: a["x"])
t(lambda: a[::0])
print(a + (4,), a * 2, 2 * (0,), () * 5, (1,) * -1)
t(lambda: a + [1])
t(lambda: a * 1.5)
t(lambda: (1,) + "a")
def s(): a[0] = 1
def d(): del a[0]
t(s); t(d)
t(lambda: a.append(1))
print(len(a), 3 in a, 7 not in a, min(a), max(a), sum(a))
