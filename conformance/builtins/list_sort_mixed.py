# sorting mixed numeric types, tuples with None, and the TypeError texts for unorderable items.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(sorted([3, 1.5, True, -2, 0.0, 2**70, -2**70]), sorted([(1, 2), (1,), (0, 9), ()]))
t(lambda: sorted([(1, None), (1, 2)]))
t(lambda: sorted([None, None]))
t(lambda: sorted([1, "1"]))
t(lambda: sorted(["1", 1]))
t(lambda: sorted([{1}, {2}]))
t(lambda: sorted([1 + 1j, 2j]))
t(lambda: sorted([[1], (1,)]))
t(lambda: sorted([object(), object()]))
print(sorted([{1, 2}, {1}]), sorted([frozenset({1}), frozenset({1, 2}), frozenset()]))
print(sorted([b"b", b"a"]), sorted([[2, 1], [1, 9], [2]]), sorted([1, 1.0, True], reverse=True))
print(sorted(["b", "a", "B", "\xe9", "A"]), sorted([-0.0, 0.0, 0]), sorted([float("inf"), -float("inf"), 0]))
