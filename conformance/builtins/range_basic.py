# range construction, len, indexing, containment and the errors for bad arguments.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(list(range(5)), list(range(2, 5)), list(range(10, 0, -3)), list(range(0)), list(range(5, 2)), list(range(-3, 3, 2)))
r = range(1, 20, 4); print(r, len(r), r[0], r[-1], r[2], r.start, r.stop, r.step)
t(lambda: r[5])
t(lambda: r[-6])
t(lambda: r["a"])
t(lambda: range())
t(lambda: range(1, 2, 3, 4))
t(lambda: range(1, 2, 0))
t(lambda: range(1.5))
t(lambda: range("3"))
t(lambda: range(0, 5, 1.0))
t(lambda: range(stop=3))
print(3 in r, 4 in r, 5 in r, 21 in r, 5.0 in r, "x" in r, True in range(2))
print(range(3) == range(3), range(0) == range(5, 1), range(0, 3, 2) == range(0, 4, 2), range(1) != range(2), range(3) == [0, 1, 2])
t(lambda: range(3) < range(4))
print(bool(range(0)), bool(range(1)), repr(range(0, 5, 1)), repr(range(-2, 2, 2)), str(range(3)))
class I:
    def __index__(self):
        return 4
print(range(I()), list(range(I())), range(True))
