# next(): defaults, non-iterators, StopIteration values, generators finishing, exhausted iterators staying so.
it = iter([1])
print(next(it), next(it, None), next(it, "again"))
def gen():
    yield 1
    return "result"
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", repr(e.value), e.args)
print(next(g, "dflt"))
for bad in [lambda: next([1]), lambda: next("abc"), lambda: next(1), lambda: next(), lambda: next(iter([]), 1, 2)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
class It:
    def __next__(self):
        raise StopIteration(42)
try:
    next(It())
except StopIteration as e:
    print("StopIteration", e.value)
print(next(It(), "dflt"))
class Raises:
    def __next__(self):
        raise KeyError("k")
try:
    next(Raises(), 0)
except KeyError as e:
    print("KeyError", e)
