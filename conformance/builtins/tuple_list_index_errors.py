# tuple/list index, count and remove: start/stop arguments, missing values, comparisons that raise.
t = (1, 2, 3, 2, 1)
l = list(t)
print(t.index(2), t.index(2, 2), t.index(1, -1), t.index(3, -100, 100), l.index(2, 2, 4), t.count(2), l.count(9), t.count(1.0))
for bad in [lambda: t.index(9), lambda: l.index(9), lambda: t.index(2, 4), lambda: l.remove(9), lambda: t.index(1, "a"),
            lambda: l.index(), lambda: t.count(), lambda: l.index(1, 1, 2, 3), lambda: l.index(1, 2.0)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
class Boom:
    def __eq__(self, other):
        raise RuntimeError("eq called")
for op in [lambda: [1, 2].index(Boom()), lambda: (1,).count(Boom()), lambda: [1].remove(Boom()), lambda: Boom() in [1]]:
    try:
        op()
    except RuntimeError as e:
        print("RuntimeError", e)
nan = float("nan")
print([nan].index(nan), (nan,).count(nan), nan in [nan], [float("nan")].count(nan))
l.remove(2)
print(l, l.index(2, 2 ** 70 * -1), t.index(1, 1, 2 ** 70))
