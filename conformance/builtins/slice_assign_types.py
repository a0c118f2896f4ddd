# slice objects of every type on lists, tuples, strings and ranges, including non-int bounds errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
seqs = [[0, 1, 2, 3, 4], (0, 1, 2, 3, 4), "01234", range(5), b"01234"]
for s in seqs:
    print(s[1:4], s[::-2], s[slice(-2, None)], s[5:], s[:0])
for s in seqs:
    t(lambda: s["a":])
t(lambda: [1][1.5:])
t(lambda: (1,)[:None:0])
t(lambda: "x"[::0])
class Big:
    def __index__(self):
        return 2**100
class Small:
    def __index__(self):
        return -2**100
print([1, 2, 3][Big():], [1, 2, 3][:Big()], "abc"[Small():])
print(slice(None, None, Big()).indices(5), [1, 2][::Big()])
