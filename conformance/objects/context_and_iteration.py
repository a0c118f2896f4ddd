# with-statement and iteration protocols on classes, with CPython's errors.
class CM:
    def __init__(self, suppress): self.suppress = suppress
    def __enter__(self):
        print("enter")
        return "value"
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev)
        return self.suppress
with CM(False) as v:
    print("body", v)
with CM(True):
    raise ValueError("swallowed")
try:
    with CM(False):
        raise KeyError("kept")
except KeyError as e:
    print("propagated", e)
class NoEnter:
    def __exit__(self, *a): pass
class NoExit:
    def __enter__(self): return self
for obj in (NoEnter(), NoExit(), 5):
    try:
        with obj:
            pass
    except TypeError as e:
        print("TypeError:", e)
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq())
it = iter(Seq())
print(next(it), next(it), next(it), next(it, "done"))
class Rev:
    def __len__(self): return 3
    def __getitem__(self, i): return "abc"[i]
print(list(reversed(Rev())))
class CustomRev:
    def __reversed__(self): return iter([3, 2, 1])
print(list(reversed(CustomRev())))
class NoRev:
    def __reversed__(self): return None
print(reversed(NoRev()))
try:
    reversed(object())
except TypeError as e:
    print("TypeError:", e)
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(3)), sum(Countdown(4)), [x for x in Countdown(2)])
class NotIter:
    def __next__(self): return 1
try:
    for _ in NotIter():
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    next(Seq())
except TypeError as e:
    print("TypeError:", e)
calls = iter(lambda: calls_list.pop(), 0)
calls_list = [0, 1, 2]
print(list(calls))
