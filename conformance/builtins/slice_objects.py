# slice objects: attributes, indices(), repr, equality, hashing (3.12), use in __getitem__.
s = slice(1, 10, 2)
print(s, repr(slice(5)), slice(None), s.start, s.stop, s.step, slice(3).start, slice(3).stop)
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10), slice(-100, 100).indices(5), slice(None, None, 3).indices(0))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2))
print(hash(slice(1, 2)) == hash(slice(1, 2)), {slice(1, 2): "slice keys work in 3.12"}[slice(1, 2)])
print("abcdefgh"[s], [0, 1, 2, 3, 4, 5][slice(None, None, -2)], (1, 2, 3)[slice(1, None)])
for bad in [lambda: slice(1, 2, 0).indices(5), lambda: slice(1).indices(-1), lambda: slice("a", "b").indices(5), lambda: slice(), lambda: slice(1, 2, 3, 4), lambda: hash(slice([], 1))]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(slice("a", "b", "c"), slice([1], None))
class Show:
    def __getitem__(self, k):
        return k
sh = Show()
print(sh[1:2], sh[::], sh[:], sh[1:], sh[:2:], sh[::3], sh[1:2, 3:4], sh[...], sh[:, None])
print(slice(1, 2) < slice(1, 3), slice(0, 5, 2) <= slice(0, 5, 2))
try:
    s.start = 5
except AttributeError as e:
    print(type(e).__name__, e)
print(type(s).__name__, isinstance(s, slice))
