# sorted/min/max: key functions that raise, default with key, empty inputs, bad arguments and messages.
def k(x):
    if x == 0:
        raise KeyError("zero")
    return 1 / x
for f in [sorted, min, max]:
    try:
        f([3, 0, 1], key=k)
    except KeyError as e:
        print(f.__name__, "KeyError", e)
print(min([], default="d"), max([], key=len, default=None), min([3, 1], default=9), max("abc", key=ord), min(3, 1, 2, key=lambda v: -v))
for bad in [lambda: min([]), lambda: max(), lambda: min(1), lambda: max(1, 2, default=0), lambda: min([1], foo=1),
            lambda: max([1, "a"]), lambda: sorted(), lambda: sorted([1], None), lambda: min([1], key=3), lambda: max(None)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(max([(1, "b"), (1, "a")]), min([[2], [1, 9]]), max({1: "a", 5: "b"}), min("zzaz"), max(b"abc"), min(range(5, 0, -1)))
print(max(1, 1.0), max(1.0, 1), min(0, False), min(False, 0), max([2, 3, 3.0], key=int))
