# for-loops use iter() once; __getitem__ sequence protocol; iterator exhaustion.
class Seq:
    def __getitem__(self, i):
        print("getitem", i)
        if i >= 3:
            raise IndexError(i)
        return i * 10

for v in Seq():
    print("value", v)
print(list(Seq()), 20 in Seq())

class CountingIterable:
    def __init__(self):
        self.calls = 0
    def __iter__(self):
        self.calls += 1
        return iter([1, 2])
ci = CountingIterable()
for _ in ci:
    pass
print("iter calls", ci.calls)

it = iter([1, 2, 3])
for x in it:
    if x == 1:
        break
print("rest", list(it), list(it))

class BadIter:
    def __iter__(self):
        return 42
try:
    for _ in BadIter():
        pass
except TypeError as e:
    print(type(e).__name__, e)

class NoIter:
    pass
try:
    iter(NoIter())
except TypeError as e:
    print(type(e).__name__, e)

class IterNone:
    __iter__ = None
try:
    iter(IterNone())
except TypeError as e:
    print(type(e).__name__, e)
class StopsWithValue:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration(99)
print(list(StopsWithValue()))
print(list(zip(Seq(), "ab")))
