# dict views: keys/values/items, set operations, dynamic updates, reversed, mapping attribute.
d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), "a" in k, 2 in v, ("b", 2) in i, ("b", 3) in i)
d["d"] = 4
print(list(k), list(v), list(i))
print(k & {"a", "z"}, k | {"z"} == {"a", "b", "c", "d", "z"}, k - {"a"} == {"b", "c", "d"}, k ^ {"a", "q"} == {"b", "c", "d", "q"})
print(i & {("a", 1), ("b", 0)}, type(k & {"a"}).__name__, k.isdisjoint({"x"}), k <= {"a", "b", "c", "d"}, k == {"a", "b", "c", "d"})
print(type(k).__name__, type(v).__name__, type(i).__name__, k.mapping == d, type(k.mapping).__name__)
print(sorted(k), list(reversed(k)), list(reversed(v)), list(reversed(i)))
print(v == v, d.values() == d.values(), list(d.values()) == [1, 2, 3, 4])
for bad in [lambda: k[0], lambda: v | {1}, lambda: hash(k)]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
try:
    for key in d:
        d["new"] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
d2 = {1: 1, 2: 2}
try:
    for key in d2:
        del d2[key]
except RuntimeError as e:
    print(type(e).__name__, e)
d3 = {"x": 1}
it = iter(d3)
d3["x"] = 2
print(next(it), d3)
d4 = {1: 1}
it4 = iter(d4.items())
d4.clear()
try:
    next(it4)
except RuntimeError as e:
    print(type(e).__name__, e)
d5 = {"a": 1, "b": 2}
it5 = iter(d5)
del d5["a"]
d5["c"] = 3
try:
    print(list(it5))
except RuntimeError as e:
    print(type(e).__name__, e)
print({}.keys(), dict(a=1).items(), {"k": [1]}.values())
