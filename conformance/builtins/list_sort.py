# list.sort and sorted: key, reverse, stability, errors, mutation during sort.
data = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
print(sorted(data), sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
print(sorted(data, key=lambda t: t[0], reverse=True))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
nums = [5, -3, 2, -8, 0, 7]
nums.sort(key=abs)
print(nums, sorted(nums, reverse=True))
print(sorted([3, 1.5, True, 0]), sorted("hello"), sorted({3: "a", 1: "b"}), sorted((x for x in [2, 1])))
print(sorted([[2, 1], [1, 2], [1]]), sorted([(1, "b"), (1, "a")]), sorted([], key=len))
recs = [{"n": "x", "a": 3}, {"n": "y", "a": 1}, {"n": "z", "a": 3}]
import operator
print([r["n"] for r in sorted(recs, key=operator.itemgetter("a"))], [r["n"] for r in sorted(recs, key=lambda r: -r["a"])])
for bad in [lambda: sorted([1, "a"]), lambda: sorted([None, 1]), lambda: sorted([1j, 2j]), lambda: sorted([1], key=5), lambda: sorted([1], cmp=None), lambda: sorted()]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
lst = [3, 2, 1]
def key(v):
    lst.append(v)
    return v
try:
    lst.sort(key=key)
except ValueError as e:
    print(type(e).__name__, e)
big = list(range(1000, 0, -1))
big.sort()
print(big[:3], big[-3:], sorted(range(10), key=lambda v: v % 3))
import functools
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"K{self.v}"
print(sorted([K(2), K(1), K(3)]), min(K(2), K(1)), max([K(2), K(5)]))
print(sorted([2, 1], reverse=1), sorted([1.5, float("inf"), -1]))
