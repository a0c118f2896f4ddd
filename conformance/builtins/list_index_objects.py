# list indexing with __index__ objects, bools and big ints, for get, set, del, insert and pop.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
a = list("abcdef")
print(a[I(1)], a[I(-1)], a[True], a[False], a[I(1):I(4)])
a[I(0)] = "A"; del a[I(-1)]; a.insert(I(1), "ins"); print(a, a.pop(I(0)), a)
t(lambda: a[I(100)])
t(lambda: a[I(2**70)])
t(lambda: a.pop(I(50)))
class BadIndex:
    def __index__(self):
        return "no"
t(lambda: a[BadIndex()])
class Raises:
    def __index__(self):
        raise KeyError("idx")
t(lambda: a[Raises()])
print(a.index("c", I(0), I(10)), [0, 1, 2][I(-1)])
