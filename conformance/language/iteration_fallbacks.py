# Iteration protocol fallbacks: __getitem__ sequences, __contains__, iter(callable, sentinel), __iter__ = None.
class OldSeq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(OldSeq()), 20 in OldSeq(), 5 in OldSeq())
a, b, c = OldSeq()
print(a, b, c)
class NotIterable:
    __iter__ = None
try:
    iter(NotIterable())
except TypeError as e:
    print(e)
class OnlyIter:
    def __iter__(self):
        return iter([1, 2])
print(2 in OnlyIter(), 3 in OnlyIter())
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))
try:
    iter(5)
except TypeError as e:
    print(e)
class BadIter:
    def __iter__(self):
        return 5
try:
    for x in BadIter():
        pass
except TypeError as e:
    print(e)
class NoNext:
    def __iter__(self):
        return self
try:
    list(NoNext())
except TypeError as e:
    print(e)
try:
    next([1])
except TypeError as e:
    print(e)
it = iter([1, 2, 3])
for x in it:
    if x == 1:
        print("skipping", next(it))
print(list(zip(*[iter("abcdef")] * 2)))
r = reversed([1, 2, 3])
print(next(r), list(r))
class Rev:
    def __len__(self): return 2
    def __getitem__(self, i): return "ab"[i]
print(list(reversed(Rev())))
