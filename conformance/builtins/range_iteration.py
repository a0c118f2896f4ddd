# iterating ranges: negative steps, empty ranges, reversed, iterator length hints, membership of non-ints.
print(list(range(10, -10, -4)), list(range(-5)), list(range(0, -3, -1)), list(range(1, 2, 100)))
r = range(0, 30, 7)
it = iter(r); print(next(it), it.__length_hint__(), list(it))
print(list(reversed(range(0, 30, 7))), list(reversed(range(30, 0, -7))), list(reversed(range(5, 5))))
class I:
    def __eq__(self, o):
        return o == 14
print(14.0 in r, 14.5 in r, I() in r, None in r, [14] in r)
print(sum(range(10**6)), max(range(-5, 5)), min(range(3, 10, 2)), len(range(-10**6, 10**6, 7)))
print(range(5)[-1], range(5)[-5], range(0, 10, 3)[-1], range(10, 0, -3)[-1], range(3).count(True), range(3).index(True))
x = range(3)
print(x.__reversed__().__length_hint__(), type(x.__iter__()).__name__, [i * i for i in range(4)])
