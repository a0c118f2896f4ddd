# list() from iterables, __init__ resets contents, subclasses, and constructor errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(list(), list([]), list("abc"), list((1, 2)), list({1: 2, 3: 4}), list({3: 4}.items()), list(range(-2, 2)))
print(list(b"hi"), list(bytearray(b"x")), list(map(str, [1, 2])), list(x for x in ()))
a = [1, 2, 3]; a.__init__("xy"); print(a)
a.__init__(); print(a)
t(lambda: list(1))
t(lambda: list(1, 2))
t(lambda: list(x=1))
t(lambda: list(None))
t(lambda: list(iterable=[1]))
class L(list):
    pass
l = L([3, 1]); l.sort(); print(l, type(l).__name__, isinstance(l, list), l + [0], type(l + [0]).__name__, type(l[:]).__name__)
class M(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.extra = 1
m = M("ab"); print(m, m.extra, repr(m), len(m))
class G:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
print(list(G()))
class H:
    def __getitem__(self, i):
        if i < 3:
            return i * i
        raise IndexError
print(list(H()))
class B:
    def __iter__(self):
        return 5
t(lambda: list(B()))
class LH:
    def __iter__(self):
        return iter([1, 2])
    def __len__(self):
        return 100
print(list(LH()))
