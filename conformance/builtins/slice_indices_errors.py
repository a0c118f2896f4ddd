# slice.indices: clamping, negative steps, big values, and the errors for bad lengths and steps.
for s in [slice(None), slice(1, 5), slice(-3, None), slice(None, None, -1), slice(10, -10, -3), slice(-100, 100, 7),
          slice(2 ** 70, None), slice(None, -(2 ** 70), -1), slice(0, 10, 2 ** 65)]:
    print(s, s.indices(10), s.indices(0))
for s, n in [(slice(0, 1, 0), 5), (slice(1), -1), (slice(1), "5"), (slice("a"), 5), (slice(1.5), 5), (slice(None, None, 2.0), 5)]:
    try:
        print(s.indices(n))
    except (ValueError, TypeError) as e:
        print(s, n, type(e).__name__, e)
class I:
    def __index__(self):
        return 3
print(slice(I(), None).indices(10), slice(None).indices(I()), slice(1, 2, 3) == slice(1, 2, 3), slice(1) < slice(2))
print(slice(1, 2, 3).start, slice(5).stop, slice(5).step, repr(slice("a", [1], None)))
try:
    hash(slice(1))
    print("hashable")
except TypeError as e:
    print("TypeError", e)
for bad in [lambda: slice(), lambda: slice(1, 2, 3, 4), lambda: slice(1).indices()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
