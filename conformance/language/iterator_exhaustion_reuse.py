# Iterators are exhausted once; iterables restart; zip/map/filter laziness.
it = iter([1, 2, 3])
print(list(it), list(it))
r = range(3)
print(list(r), list(r))
m = map(lambda x: x * 2, [1, 2])
print(list(m), list(m))
z = zip([1, 2, 3], "ab")
print(list(z))
calls = []
def track(x):
    calls.append(x)
    return x % 2
f = filter(track, range(4))
print(calls)
print(next(f), calls)
print(list(f), calls)
g = (x for x in range(2))
print(sum(g), sum(g))
e = enumerate("ab", start=5)
print(next(e), list(e))
print(list(zip()), list(zip([1], strict=True)))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as ex:
    print(ex)
