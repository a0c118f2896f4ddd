# dict views combined with lists, tuples, generators and other views by set operators.
d = {"a": 1, "b": 2, "c": 3}
k = d.keys()
print(sorted(k & ["a", "z"]), sorted(k | ("z",)), sorted(k - ["a"]), sorted(k ^ ["a", "q"]))
print(sorted(["a", "z"] & k), sorted(("z",) | k), sorted(["a", "x"] - k), sorted(iter("ax") ^ k))
items = d.items()
print(sorted(items & [("a", 1), ("b", 9)]), sorted(items - {("a", 1)}), sorted(items | [("z", 0)]))
print(k == {"a", "b", "c"}, k == ["a", "b", "c"], k != set("abc"), k <= set("abcd"), k < set("abc"), k > {"a"})
print(k.isdisjoint(["x", "y"]), k.isdisjoint("ab"), items.isdisjoint([("a", 2)]), d.keys() == d.copy().keys())
print(type(k & []).__name__, type(k | set()).__name__, type(items ^ []).__name__)
for bad in [lambda: k & 1, lambda: k | None, lambda: items - 3, lambda: d.values() & ["a"], lambda: k <= ["a"]]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
print(sorted({"x": 1}.items() & [["x", 1]]) if False else "skip", sorted(d.items() & [("a", [1])]) if False else "skip2")
try:
    print(d.items() & [("a", [1])])
except TypeError as e:
    print("TypeError", e)
