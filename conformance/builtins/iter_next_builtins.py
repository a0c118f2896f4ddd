# iter() both forms, next() with default, iterator exhaustion.
it = iter([1, 2])
print(next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e), e.value)
vals = [3, 2, 1, 0, 5]
def pop_front():
    return vals.pop(0)
print(list(iter(pop_front, 0)), vals)
import functools
chunks = iter(functools.partial(next, iter("abcdef")), "d")
print(list(chunks))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
ci = iter(tick, 4)
print(type(ci).__name__, list(ci), next(ci, "exhausted"))
for bad in [lambda: iter(5), lambda: iter(5, 0), lambda: next([1]), lambda: iter(), lambda: next(iter([]), 1, 2), lambda: iter(lambda: 1, 1, 1)]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print(type(iter("ab")).__name__, type(iter(b"ab")).__name__, type(iter((1,))).__name__, type(iter({1: 2})).__name__, type(iter({1})).__name__, type(iter(range(2))).__name__)
s = iter("xy")
print(iter(s) is s, list(s), list(s))
print(next(iter({"k": "v"}.items())), next(iter(range(5, 10))))
d = {"a": 1}
di = iter(d.values())
print(next(di), next(di, None))
class Raising:
    def __call__(self):
        raise ValueError("from callable")
try:
    next(iter(Raising(), None))
except ValueError as e:
    print(type(e).__name__, e)
