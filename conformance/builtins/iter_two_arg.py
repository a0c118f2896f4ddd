# iter(callable, sentinel), the sequence-protocol iterator, and iter's TypeError texts.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
n = iter([5, 4, 3, 2, 1]).__next__
it = iter(n, 2); print(type(it).__name__, list(it), list(it))
count = [0]
def f():
    count[0] += 1
    return count[0]
print(list(iter(f, 4)))
t(lambda: iter(1, 2))
t(lambda: iter(1))
t(lambda: iter())
t(lambda: iter([], 1, 2))
t(lambda: iter(None))
def boom():
    raise ValueError("in callable")
t(lambda: list(iter(boom, 1)))
def stopper():
    raise StopIteration
print(list(iter(stopper, 0)))
class G:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return chr(97 + i)
it = iter(G()); print(type(it).__name__, list(it), list(it))
class G2:
    def __getitem__(self, i):
        raise KeyError(i)
t(lambda: list(G2()))
class NotIt:
    def __iter__(self):
        return 3
t(lambda: iter(NotIt()))
class IterNone:
    __iter__ = None
t(lambda: iter(IterNone()))
print(list(iter(iter("ab").__next__, "b")))
