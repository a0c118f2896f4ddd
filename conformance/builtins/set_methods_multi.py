# set union/intersection/difference/symmetric_difference and the *_update forms with many arguments.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
a = {1, 2, 3, 4}
print(a.union(), sorted(a.union([5], (6,), "7"), key=str), a.intersection(), a.intersection([1, 2], {2, 3}), a.difference([1], {2}), a.difference())
print(a.symmetric_difference([4, 5]), a.union(range(2)), a.intersection(x for x in [2, 9]))
print(a.union() is a, a.copy() == a, a.copy() is a)
b = set(a); b.update([9], "a"); print(sorted(b, key=str))
b.intersection_update({1, 9}, [9, 1, 2]); print(b)
b.difference_update([1], [7]); print(b)
b.symmetric_difference_update([9, 10]); print(b)
t(lambda: a.symmetric_difference())
t(lambda: a.symmetric_difference([1], [2]))
t(lambda: a.union(1))
t(lambda: a.intersection([[]]))
t(lambda: a.difference(None))
t(lambda: b.update(5))
t(lambda: b.intersection_update(2))
t(lambda: a.union(a=1))
f = frozenset({1, 2})
print(f.union({3}), type(f.union({3})).__name__, f.intersection([1]), f.difference(), f.copy() is f, f.symmetric_difference({2}))
t(lambda: f.add(1))
t(lambda: f.update({1}))
print(set.union({1}, {2}), frozenset.union(f, [5]))
t(lambda: set.union([1], {2}))
