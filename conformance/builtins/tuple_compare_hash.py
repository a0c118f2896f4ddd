# tuple comparison and hashing: lexicographic order, hash of equal tuples, unhashable items.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 9), (1, 2) == (1, 2), (1,) == (1.0,))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((1.0, 2)), hash(()) == hash(()), hash((1,)) != hash((2,)))
print(hash((1, 2)) == hash((2, 1)), hash(((1, 2), 3)) == hash(((1, 2), 3.0)))
t(lambda: hash((1, [2])))
t(lambda: hash(([], )))
t(lambda: {(1, {}): 2})
t(lambda: (1, "a") < (1, 2))
t(lambda: (1,) < [1])
print((1, "a") == (1, 2), (1,) != [1])
n = float("nan")
print((n,) == (n,), (n,) < (n,), (1, n) < (2, n))
d = {(1, 2): "a", (1, (2, 3)): "b"}
print(d[(1, 2)], d[1, (2, 3)], (1, 2) in d)
