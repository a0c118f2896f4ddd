# all(), any(), len(): short-circuiting, empty iterables, truthiness of elements, errors.
print(all([]), any([]), all([1, 2]), all([1, 0]), any([0, "", None]), any([0, "x"]), all("abc"), any(x > 2 for x in [1, 2, 3]))
def noisy(values):
    for v in values:
        print("yield", v)
        yield v
print(all(noisy([1, 0, 1])))
print(any(noisy([0, 1, 0])))
it = iter([1, 0, 5, 6])
print(all(it), list(it))
for bad in [lambda: all(5), lambda: any(None), lambda: all(), lambda: any(1, 2)]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print(len(""), len("abc"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 2}), len(range(10)), len(b"xy"), len(bytearray(3)), len(memoryview(b"abcd")), len(frozenset()))
print(len(range(0, 100, 7)), len(range(10, 0, -3)), len({}.keys()), len({"a": 1}.items()), len("\U0001F600"), len(b"\xf0\x9f\x98\x80"))
for bad in [lambda: len(5), lambda: len(None), lambda: len(x for x in "a"), lambda: len(iter([])), lambda: len(), lambda: len([], [])]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
class Truthy:
    def __bool__(self):
        print("bool called")
        return True
print(all([Truthy(), Truthy()]), any([Truthy()]))
print(all([[], [1]]), any([[], [0]]), all([float("nan")]), any([0j, 0.0, False]))
