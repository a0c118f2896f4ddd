# Iteration through __getitem__, membership through iteration, iter(callable, sentinel), None-blocked methods.
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print(list(Seq()), 9 in Seq(), 5 in Seq(), list(reversed([1, 2])) if False else "")
it = iter(Seq())
print(type(it).__name__, next(it), next(it), list(it))
class LenSeq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return "abc"[i]
print(list(reversed(LenSeq())), type(reversed(LenSeq())).__name__)
class NoIter:
    __iter__ = None
    def __getitem__(self, i):
        return i
for f in (lambda: iter(NoIter()), lambda: list(NoIter()), lambda: 1 in NoIter()):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
class NoReverse:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
try:
    reversed(NoReverse())
except TypeError as e:
    print("TypeError", e)
class NoContains:
    __contains__ = None
    def __iter__(self):
        return iter([1])
try:
    1 in NoContains()
except TypeError as e:
    print("TypeError", e)
n = iter([1, 2, 3, 0, 4].pop, 0) if False else None
vals = [5, 4, 3]
print(list(iter(vals.pop, 3)))
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError", e)
class NoNext:
    def __iter__(self):
        return self
try:
    for x in NoNext():
        pass
except TypeError as e:
    print("TypeError", e)
class KeyErr:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KeyErr())
except KeyError as e:
    print("KeyError", e)
class Contains:
    def __contains__(self, x):
        return x  # truthiness is used
print(0 in Contains(), "s" in Contains(), [] not in Contains())
