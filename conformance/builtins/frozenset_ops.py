# frozenset: immutability, hashing, mixed operations with set, methods returning frozensets.
fs = frozenset([3, 1, 2])
s = {2, 3, 4}
print(fs, fs | s, fs & s, fs - s, fs ^ s, s | fs, s & fs)
print(type(fs | s).__name__, type(s | fs).__name__, type(fs.union(s)).__name__, type(s.union(fs)).__name__, type(fs.copy()).__name__, fs.copy() is fs)
print(fs.issubset({1, 2, 3, 9}), fs.issuperset([1]), fs.isdisjoint([7]), fs == {1, 2, 3}, fs < {1, 2, 3, 4}, 2 in fs, len(fs))
d = {fs: "key", frozenset(): "empty"}
print(d[frozenset({1, 2, 3})], d[frozenset()], frozenset([frozenset([1])]))
print(frozenset("hello") == frozenset("oleh"), sorted(frozenset("hello")), frozenset(range(3)), frozenset({1: 2}))
for bad in [lambda: fs.add(4), lambda: fs.remove(1), lambda: fs.discard(1), lambda: fs.update([1]), lambda: fs.clear(), lambda: frozenset([[1]]), lambda: frozenset(1)]:
    try:
        print(bad())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
x = frozenset([1])
y = x
x |= {2}
print(x, y, x is y)
print(frozenset() is frozenset() or frozenset() == frozenset(), repr(frozenset()), str(frozenset([5])))
class FS(frozenset):
    pass
f2 = FS([1, 2])
print(f2, type(f2 | {3}).__name__, type(f2.copy()).__name__, isinstance(f2, frozenset))
print(set(fs), list(sorted(fs, reverse=True)), max(fs), sum(fs), {*fs, 10})
