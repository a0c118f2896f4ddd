# list.sort: stability with key and reverse, key errors, mutation during sort.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b"), (2, "c"), (1, "c")]
p = pairs[:]; p.sort(key=lambda x: x[0]); print(p)
p = pairs[:]; p.sort(key=lambda x: x[0], reverse=True); print(p)
p = pairs[:]; p.sort(reverse=True); print(p)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
big = [(i * 7919) % 101 for i in range(300)]
s = sorted(big); print(s[:10], s[-5:], s == sorted(s))
print(sorted(range(20), key=lambda x: x % 3))
t(lambda: [1, "a"].sort())
t(lambda: [3, 1, 2].sort(key=lambda x: x / 0))
t(lambda: [1, 2].sort(lambda x: x))
t(lambda: [1, 2].sort(key=1))
t(lambda: [1, 2].sort(reverse="x"))
t(lambda: [1, 2].sort(cmp=None))
a = [3, 2, 1]
def k(x):
    a.append(x)
    return x
t(lambda: a.sort(key=k))
print(a)
b = [5, 4, 3]
def k2(x):
    b.clear()
    return x
t(lambda: b.sort(key=k2))
print(b)
print(sorted([0.5, 1, True, 0, -2.5]), sorted([[2], [1, 2], [1]]), sorted("hello"))
x = [2, 1]; print(x.sort(), x, [].sort(), sorted([], reverse=True))
print(sorted([3, 1, 2], key=None), sorted({3: 1, 1: 2}))
