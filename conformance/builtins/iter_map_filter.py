# map with several iterables and filter with None: laziness, errors and exhaustion.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2, 1])), list(map(lambda *a: a, "ab", "cde", "fg")))
print(list(filter(None, [0, 1, "", "x", [], [0], None])), list(filter(lambda x: x % 2, range(7))), list(filter(bool, ())))
t(lambda: map(abs))
t(lambda: map())
t(lambda: map(abs, 1))
t(lambda: list(map(1, [1])))
t(lambda: filter(None))
t(lambda: filter(None, 1))
t(lambda: list(filter(5, [1])))
t(lambda: map(abs, [1], key=1))
t(lambda: filter(None, [1], x=1))
t(lambda: list(map(int, ["1", "x"])))
m = map(str, [1, 2]); print(next(m), type(m).__name__, list(m), list(m), iter(m) is m)
f = filter(None, [0, 5]); print(next(f), type(f).__name__)
t(lambda: next(f))
calls = []
def note(x):
    calls.append(x)
    return x
m = map(note, [1, 2, 3]); print(calls); next(m); print(calls)
print(list(map(lambda x, y: x + y, [1, 2], iter([10, 20, 30]))))
print(sum(map(len, ["ab", "c"])), max(filter(None, [3, 0, 9])))
