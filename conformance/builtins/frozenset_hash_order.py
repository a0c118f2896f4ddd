# frozenset hashing: independence from insertion order, equality with set, nested frozensets as keys.
a = frozenset([1, 2, 3])
b = frozenset([3, 2, 1])
c = frozenset(range(1, 4))
print(a == b == c, hash(a) == hash(b) == hash(c), a == {1, 2, 3}, {a: "x"}[b], {a, b, c} == {a}, len({a, b, c}))
nested = frozenset([frozenset([1]), frozenset([2, 3])])
print(frozenset([frozenset([3, 2]), frozenset([1])]) == nested, hash(nested) == hash(frozenset([frozenset([2, 3]), frozenset([1])])))
print(hash(frozenset()) == hash(frozenset([])), frozenset("abc") == frozenset("cba"), hash(frozenset("abc")) == hash(frozenset("bca")))
d = {frozenset({1, 2}): "pair"}
print(d.get(frozenset([2, 1])), d.get(frozenset([1])), {1, 2} in [frozenset([1, 2])], frozenset([1, 2]) in {frozenset([2, 1])})
s = {frozenset([1])}
print(set([1]) in s, {1} in s)
try:
    {{1}}
except TypeError as e:
    print("TypeError", e)
try:
    frozenset([[1]])
except TypeError as e:
    print("TypeError", e)
x = frozenset([1, 2])
print(x - {1} == {2}, (x | {3}) >= x, x.issubset([1, 2, 3]), x.issuperset((1,)), x.isdisjoint(iter([5])))
