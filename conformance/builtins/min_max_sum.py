# min, max, sum: key, default, multiple args, errors, float summation.
print(min(3, 1, 2), max(3, 1, 2), min([3, 1, 2]), max("hello"), min("b", "a"), max([1, 5], [2]), min((), default="empty"), max([], default=None))
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "kiwi"], key=len), max([-3, 2, -1], key=abs), min({"a": 3, "b": 1}, key={"a": 3, "b": 1}.get))
print(max([1, 1.0, True]), min([1, 1.0, True]), max(2, 2.0), max([(1, "b"), (1, "a")]), max(x * x for x in range(-3, 2)))
for bad in [lambda: min([]), lambda: max(), lambda: max(1), lambda: min(1, 2, default=0), lambda: max([1, "a"]), lambda: min([1], key=5), lambda: max([], key=len), lambda: max(iter([]))]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sum([]), sum([1, 2, 3]), sum([1, 2], 10), sum(range(10), start=-45), sum([0.1] * 10), sum([1e100, 1.0, -1e100]), sum([[1], [2]], []), sum([(1,), (2,)], ()))
print(sum([1, 2.5]), sum([True, True]), type(sum([])).__name__, sum([1j, 2]), sum([0.1, 0.2, 0.3]), sum([1, 1e16, -1e16]))
import math
print(math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]))
for bad in [lambda: sum(["a", "b"], ""), lambda: sum([b"a"], b""), lambda: sum([bytearray()], bytearray()), lambda: sum(["a"]), lambda: sum(5), lambda: sum([1], 2, 3)]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print(max([3, 1, 3], key=lambda x: 0), min(["b", "a", "c"], key=lambda s: 0), max({3: 0, 7: 0}))
print(sum([1.5, 2.5], 1), sum(x for x in range(5)), max(range(0), default="d"), min([float("nan"), 1]), min([1, float("nan")]))
