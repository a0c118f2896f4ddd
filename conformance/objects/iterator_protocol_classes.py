# __iter__/__next__/__reversed__/__length_hint__ on user classes.
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
    def __reversed__(self):
        return iter(range(1, self.start + 1))
c = Countdown(3)
print(list(c), list(reversed(c)), list(c))

class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return "abc"[i]
print(list(reversed(Seq())), list(Seq()))

class NoReverse:
    def __iter__(self): return iter([])
try:
    reversed(NoReverse())
except TypeError as e:
    print(type(e).__name__, e)
class NoneReversed:
    __reversed__ = None
    def __len__(self): return 0
    def __getitem__(self, i): raise IndexError
try:
    reversed(NoneReversed())
except TypeError as e:
    print(type(e).__name__, e)

class Fib:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v
f = Fib(20)
print(list(f), list(f))
print(next(Fib(0)), next(Fib(-1), "empty"))
class NotIterator:
    pass
try:
    next(NotIterator())
except TypeError as e:
    print(type(e).__name__, e)
import operator
class Hint:
    def __iter__(self): return iter([])
    def __length_hint__(self): return 7
print(operator.length_hint(Hint()), operator.length_hint([1, 2]), operator.length_hint(object(), 3))
it = iter(Countdown(2))
print(type(it).__name__, next(it), next(it), next(it, "done"))
r = reversed([1, 2, 3])
print(type(r).__name__, r.__length_hint__(), list(r))
