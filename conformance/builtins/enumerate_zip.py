# enumerate and zip (including strict=True), laziness and errors.
print(list(enumerate("abc")), list(enumerate("abc", 10)), list(enumerate([], 5)), list(enumerate("ab", start=-1)))
e = enumerate(["x", "y"])
print(type(e).__name__, next(e), next(e), next(e, "done"), iter(e) is e)
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip(*[(1, "a"), (2, "b")])), dict(zip("ab", range(2))))
print(list(zip(range(3), range(3), strict=True)))
for args in [([1, 2], [1]), ([1], [1, 2]), ([1], [1], [1, 2]), ([1, 2], [1, 2], [1])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(type(e).__name__, e)
for bad in [lambda: enumerate(5), lambda: zip(5), lambda: enumerate("a", "b"), lambda: zip([1], 2), lambda: enumerate()]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
def gen(tag, n):
    for i in range(n):
        print("produce", tag, i)
        yield i
print(list(zip(gen("A", 3), gen("B", 2))))
z = zip([1, 2], [3, 4])
print(type(z).__name__, next(z), list(z), list(z))
print([i * v for i, v in enumerate(range(5))], list(enumerate(enumerate("ab"))))
big = enumerate("x", 2 ** 70)
print(next(big))
print(list(zip(*zip("abc", "def"))), list(map(list, zip([1, 2], [3, 4]))))
