# range: repr, len, indexing, slicing, membership, equality, errors.
r = range(0, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2], r[1:4], r[::-1], r[::2], r[-2:], r[100:], 9 in r, 10 in r, r.index(9), r.count(9), r.count(10))
print(range(5), range(2, 5), range(5, 2), range(10, 0, -2), list(range(10, 0, -2)), len(range(5, 2)), list(range(0)), list(range(-3)))
print(range(0) == range(5, 5), range(0, 3, 2) == range(0, 4, 2), range(3) == range(0, 3, 1), range(3) != [0, 1, 2], hash(range(3)) == hash(range(0, 3)))
print(r.start, r.stop, r.step, range(4).step, bool(range(0)), bool(range(1)), reversed(range(3)).__class__.__name__, list(reversed(range(1, 10, 4))))
big = range(10 ** 20)
print(len(range(10 ** 9)), big[10 ** 19], 10 ** 19 in big, big[-1], big[::10 ** 19])
for bad in [lambda: range(1.5), lambda: range(1, 2, 0), lambda: range(3)[3], lambda: range(3).index(5), lambda: range(), lambda: range(1, 2, 3, 4), lambda: len(range(10 ** 20)), lambda: range(3)["a"], lambda: range(3) + range(2)]:
    try:
        print(bad())
    except (TypeError, ValueError, IndexError, OverflowError) as e:
        print(type(e).__name__, e)
print(3.0 in range(5), 3.5 in range(5), "a" in range(3), True in range(2))
print(min(range(3, 9)), max(range(3, 9)), sum(range(101)), sorted(range(3, 0, -1)), list(range(-5, 5, 3)))
print(range(True, 5), range(2)[True], type(range(3)).__name__, iter(range(3)).__class__.__name__)
class I:
    def __index__(self): return 4
print(range(I()), list(range(1, I())))
