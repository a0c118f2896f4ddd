# map, filter, reversed: laziness, multiple iterables, None predicate, errors.
print(list(map(str.upper, ["a", "b"])), list(map(pow, [2, 3], [3, 2])), list(map(lambda x, y, z: x + y + z, "ab", "cd", "ef")))
print(list(map(len, [])), list(map(int, "123")), list(map(lambda *a: a, [1, 2], [3])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x % 2, range(10))), list(filter(str.isdigit, "a1b2")))
m = map(lambda x: 1 / x, [1, 0])
print(type(m).__name__, next(m))
try:
    next(m)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
f = filter(None, [1])
print(type(f).__name__, list(f), list(f))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(3))), list(reversed({"a": 1, "b": 2})), list(reversed([])))
r = reversed([1, 2, 3])
print(type(r).__name__, next(r), list(r))
for bad in [lambda: map(), lambda: map(len), lambda: list(map(5, [1])), lambda: filter(5), lambda: list(filter(5, [1])), lambda: reversed(5), lambda: reversed({1, 2}), lambda: reversed(x for x in "a"), lambda: map(len, 5)]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
lst = [1, 2, 3]
rv = reversed(lst)
lst.append(4)
print(list(rv))
lst2 = [1, 2, 3]
rv2 = reversed(lst2)
lst2.clear()
print(list(rv2))
def noisy(x):
    print("call", x)
    return x
mapped = map(noisy, [1, 2])
print("map created")
print(next(mapped))
print(sum(map(int, "1234")), any(map(str.isupper, "abC")), all(filter(None, [1, 0])))
