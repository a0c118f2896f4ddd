# set comparisons: subset/superset operators and methods, equality between set and frozenset.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
a = {1, 2}; b = {1, 2, 3}
print(a < b, a <= b, b > a, b >= a, a < a, a <= a, a == frozenset(a), frozenset(b) > a, a != b)
print(a.issubset(b), a.issubset([1, 2]), b.issuperset(range(3)), b.issuperset("ab"), a.isdisjoint({3}), a.isdisjoint([2]))
print(set() < {1}, set() <= set(), {1} > set(), {1, 2} < {2, 3}, {1, 2} > {2, 3})
t(lambda: a < [1, 2, 3])
t(lambda: a <= (1,))
t(lambda: a.issubset(1))
t(lambda: a.issuperset())
t(lambda: a.isdisjoint(None))
print(a == [1, 2], a == {1: 0, 2: 0}.keys(), a.__lt__([1]), a.__eq__(1))
print(frozenset() == set(), {frozenset()} == {frozenset()}, {1} == {1.0}, {float("nan")} == {float("nan")})
n = float("nan"); print({n} == {n}, n in {n})
print(sorted([{1, 2}, {1}, {0, 1, 2}], key=len), {1} in [{1}], min([{3}, {1, 2}], key=len))
