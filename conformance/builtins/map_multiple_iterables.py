# map() with several iterables: stops at the shortest, argument counts, exceptions from functions and iterators.
print(list(map(pow, [2, 3, 4], [5, 2])), list(map(lambda *a: a, "ab", "xyz", [1])), list(map(max, [1, 9], [5, 2], [3, 3])))
print(list(map(str.upper, [])), list(map(len, ["a", "bb"])), list(map(int, "123")))
def gen():
    yield 1
    raise ValueError("iterator failed")
try:
    list(map(abs, gen()))
except ValueError as e:
    print("ValueError", e)
try:
    list(map(lambda a, b: a, [1, 2], [3]))
    list(map(lambda a: a, [1], [2]))
except TypeError as e:
    print("TypeError", e)
for bad in [lambda: map(), lambda: map(len), lambda: map(len, 1), lambda: map(None, [1]).__next__(), lambda: map(len, [1], 2)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
m = map(abs, [-1, -2])
print(next(m), iter(m) is m, list(m), next(m, "end"))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x > 1, range(4))), list(filter(bool, ())))
try:
    list(filter(1, [1]))
except TypeError as e:
    print("TypeError", e)
