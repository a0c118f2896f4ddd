# range slicing (yielding ranges), index and count, reversed, hashing and equality by value.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
r = range(0, 20, 3)
print(r[1:4], r[::-1], r[::2], r[-2:], r[10:], r[:-10], r[1:5:-1], r[::-2], list(r[::-2]))
print(range(10)[3:7:2], range(10, 0, -1)[2:5], range(0)[::-1], range(5)[slice(None, None, -1)])
t(lambda: r[::0])
print(r.index(9), r.count(9), r.count(10), r.count(9.0), r.index(18))
t(lambda: r.index(10))
t(lambda: r.index("x"))
t(lambda: r.index())
t(lambda: r.count())
print(list(reversed(range(5))), list(reversed(range(1, 10, 4))), list(reversed(range(0))), type(reversed(range(3))).__name__)
print(hash(range(3)) == hash(range(0, 3)), hash(range(0)) == hash(range(5, 5)), hash(range(1, 4, 5)) == hash(range(1, 2)))
print({range(3): 1}[range(0, 3, 1)], range(0, 3, 2) == range(0, 4, 2), range(5)[::2] == range(0, 5, 2))
it = iter(range(3)); next(it); print(it.__length_hint__(), list(it), type(it).__name__)
class E:
    def __eq__(self, o):
        return o == 2
print(r.count(E()), E() in range(3), range(3).index(E()))
