# set and frozenset: operators, methods, errors. Sets of ints print in deterministic order.
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a <= b, {3} <= b, {3} < b, b < b, a >= {1}, a > a, a == {4, 3, 2, 1}, a != b)
print(a.union([9], (8,)), a.intersection(b, {4}), a.difference([1], [2]), a.symmetric_difference([1, 10]), a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7}))
s = set()
s.add(1); s.add(1); s.update([2, 3], {4}); print(s)
s.discard(10); s.remove(4); print(s, s.pop(), s)
s |= {7}; s &= {2, 3, 7}; s -= {3}; s ^= {8, 2}; print(s)
s.intersection_update([7, 9]); print(s)
s.difference_update([7]); print(s)
s.symmetric_difference_update([1]); print(s)
c = s.copy(); c.clear(); print(c, s)
fs = frozenset([3, 1, 2])
print(fs, fs | {4}, type(fs | {4}).__name__, type({4} | fs).__name__, fs & a, hash(fs) == hash(frozenset([1, 2, 3])), frozenset() == set())
print({frozenset([1]): "ok"}[frozenset([1])], {1, 2} == frozenset([1, 2]), set("aab") == {"a", "b"}, len(set(range(100))))
for bad in [lambda: set().remove(1), lambda: set().pop(), lambda: {[]}, lambda: {1} | [2], lambda: {1} < [1], lambda: fs.add(1), lambda: set(5), lambda: {1}.add(), lambda: {1} + {2}, lambda: hash({1})]:
    try:
        print(bad())
    except (KeyError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(set(), frozenset(), repr(frozenset({5})), {1, 2, 3} - {2}, sorted({"c", "a", "b"}), {1, 1.0, True}, {0, -0.0, False})
x = {1, 2}
try:
    for v in x:
        x.add(v + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
print(sorted(x) if len(x) >= 2 else x)
print({n * n for n in range(-3, 4)}, set([3, 2, 1]), {10, 5, 1, 20})
print(min({4, 2, 8}), max({4, 2, 8}), sum({1, 2, 3}), 2 in {1, 2}, [] in {1} if False else "skip")
