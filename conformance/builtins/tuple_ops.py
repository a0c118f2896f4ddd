# tuple: construction, methods, immutability, comparison, hashing, packing.
t = (1, 2, 3, 2)
print(t, t[0], t[-1], t[1:3], t[::-1], len(t), t.count(2), t.index(2), t.index(2, 2), 2 in t, t + (5,), t * 2, 2 * ())
print((), (1,), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(2)), tuple({"a": 1}), (1), type((1)).__name__)
for bad in [lambda: t.index(9), lambda: t.__setitem__(0, 1), lambda: t + [1], lambda: t[10], lambda: tuple(5), lambda: t.append(1), lambda: hash((1, {}))]:
    try:
        print(bad())
    except (ValueError, TypeError, IndexError, AttributeError) as e:
        print(type(e).__name__, e)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (1, "a") == (1, "a"), (1, 2) != (2, 1), (2,) > (1, 9, 9))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pair"}[(1, 2)], (1, [2]) == (1, [2]))
a = 1, 2
b, = [5]
print(a, b, type(a).__name__)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], repr(nested), str(((),)))
lst = [1]
tt = (lst, 2)
lst.append(3)
print(tt)
print(tuple.__mro__, max((3, 1, 2)), sorted((3, 1, 2)), sum((1, 2)), min(((2, "b"), (1, "z"))))
print(t.__getitem__(slice(0, 2)), t.__len__(), t.__contains__(3), (1, 2).__add__((3,)))
print(tuple(x * 2 for x in range(3)), (*range(2), *"a"))
