# reversed() over sequences, __reversed__, objects with __len__/__getitem__, and its TypeError texts.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(3))), list(reversed([1, 2])), list(reversed({1: 0, 2: 0})))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
r = reversed(Seq()); print(type(r).__name__, list(r), r.__length_hint__())
class Rev:
    def __reversed__(self):
        return iter("zyx")
print(list(reversed(Rev())))
t(lambda: reversed(1))
t(lambda: reversed({1, 2}))
t(lambda: reversed(x for x in "ab"))
t(lambda: reversed())
t(lambda: reversed([], []))
class NoRev:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
t(lambda: reversed(NoRev()))
class BadLen:
    def __len__(self):
        return -1
    def __getitem__(self, i):
        return i
t(lambda: reversed(BadLen()))
class Short:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i == 2:
            raise IndexError
        return i
print(list(reversed(Short())))
r = reversed("ab"); print(r.__length_hint__(), next(r), r.__length_hint__(), next(r), r.__length_hint__(), next(r, "end"))
