# slice objects: attributes, indices() with every step and length, comparison, hashing, errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
s = slice(1, 10, 2); print(s, s.start, s.stop, s.step, slice(3), slice(None), slice(1, 2), slice("a", [1], None))
print(s.indices(5), s.indices(20), slice(None, None, -1).indices(4), slice(-100, 100).indices(3), slice(-2, None, -1).indices(6))
print(slice(None).indices(0), slice(5, 1, -2).indices(10), slice(2**70).indices(5), slice(None, None, 2**70).indices(3))
t(lambda: s.indices(-1))
t(lambda: slice(None, None, 0).indices(5))
t(lambda: slice("a").indices(5))
t(lambda: s.indices("x"))
t(lambda: slice())
t(lambda: slice(1, 2, 3, 4))
t(lambda: slice(x=1))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1) < slice(2), slice(1, 2) != (1, 2))
print(hash(slice(1, 2)) == hash(slice(1, 2)))
t(lambda: hash(slice([], 2)))
t(lambda: slice(1).start.__class__)
def setattr_slice():
    s.start = 5
t(setattr_slice)
print("abcdef"[slice(1, None, 2)], [0, 1, 2][slice(None, None, -1)], (1, 2, 3)[slice(1, 5)])
class I:
    def __index__(self):
        return 2
print(slice(I(), None).indices(5), [0, 1, 2, 3][I():], [0, 1, 2, 3][slice(I())])
print(slice(1, 2, 3).__reduce__())
