# keys and items views: set operators with sets, lists and other views; isdisjoint; values has none.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
d = {1: "a", 2: "b", 3: "c"}
k = d.keys()
print(sorted(k & {2, 3, 4}), sorted(k | [4]), sorted(k - {1}), sorted(k ^ {3, 9}), type(k & {1}).__name__)
print(sorted({2, 5} & k), sorted([7] | k), sorted({1, 2} - k), sorted((1, 8) ^ k))
print(k == {1, 2, 3}, k == [1, 2, 3], k < {1, 2, 3, 4}, k <= {1, 2, 3}, k > {1}, k >= set())
print(k.isdisjoint({4}), k.isdisjoint([3]), k.isdisjoint(x for x in [9]))
i = d.items()
print(sorted(i & {(1, "a"), (2, "z")}), sorted(i - {(1, "a")}), sorted(i | {(0, 0)}), (1, "a") in i, (1, "b") in i, [1, "a"] in i)
print(i == {(1, "a"), (2, "b"), (3, "c")}, i.isdisjoint([(1, "b")]))
t(lambda: (1, []) in i)
t(lambda: k & 1)
t(lambda: k | None)
t(lambda: d.values() & {1})
t(lambda: d.values() == d.values())
t(lambda: i & [[1]])
v = d.values()
print(len(v), "a" in v, "z" in v, list(v), v == v)
print(d.keys() == d.keys(), {}.keys() == set(), {1: 2}.items() == {1: 2}.items())
print(sorted(d.keys() & d.keys()), sorted(d.items() ^ {1: "x"}.items()))
e = {"s": 1}
print(e.keys() - {"s"}, e.keys() ^ e.keys())
