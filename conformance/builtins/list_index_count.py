# list.index with start/stop and list.count, identity before equality, and their errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
a = [1, 2, 3, 2, 1, 2]
print(a.index(2), a.index(2, 2), a.index(2, -2), a.index(1, 1, 5), a.index(2, -100, 100))
t(lambda: a.index(2, 6))
t(lambda: a.index(3, 0, 2))
t(lambda: a.index(7))
t(lambda: a.index("x"))
t(lambda: a.index(1, "a"))
t(lambda: a.index(1, 0, None))
t(lambda: a.index(1, 0.0))
t(lambda: a.index())
print(a.index(1, 2**100 * -1), a.index(1, 0, 2**100))
print(a.count(2), a.count(1), a.count(9), a.count(2.0), a.count(True))
t(lambda: a.count())
t(lambda: a.count(1, 2))
n = float("nan")
print([n].count(n), [n].index(n), [float("nan")].count(float("nan")))
class C:
    def __eq__(self, o):
        return True
print([1, 2, 3].index(C()), [1, 2, 3].count(C()))
