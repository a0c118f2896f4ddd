# frozenset hashing: equal sets hash equal regardless of order; sets are unhashable.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
a = frozenset([1, 2, 3]); b = frozenset([3, 2, 1])
print(hash(a) == hash(b), hash(frozenset()) == hash(frozenset()), hash(frozenset([1])) == hash(frozenset([1.0])))
t(lambda: hash({1}))
t(lambda: {{1}: 2})
t(lambda: frozenset([{1}]))
d = {a: "x", frozenset(): "empty"}; print(d[b], d[frozenset()])
s = {frozenset([1, 2]), frozenset([2, 1]), frozenset([1])}; print(len(s))
nested = frozenset([frozenset([1]), frozenset([frozenset()])]); print(len(nested), frozenset([1]) in nested)
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
print({1} in {frozenset({1})}, {1} in [frozenset({1})])
