# sum(): start values, int/float mixing, 3.12's compensated float summation, and its TypeError texts.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(sum([]), sum([1, 2, 3]), sum([1, 2], 10), sum(range(101)), sum([0.1] * 10), sum([1e100, 1.0, -1e100, 1.0]), sum([0.1, 0.2, 0.3]))
print(sum([1, 2.5]), sum([2**70, 1.5]), sum([True, True]), sum([], 0.0), sum([[1], [2]], []), sum([(1,), (2,)], ()), sum([1j, 2]))
print(sum([1e16, 1.0, 1.0]), sum([0.1] * 3) == 0.3, sum([float("inf"), 1.0]), sum([float("inf"), -float("inf")]))
t(lambda: sum(start=5, iterable=[1]))
t(lambda: sum(["a", "b"]))
t(lambda: sum(["a"], ""))
t(lambda: sum([b"a"], b""))
t(lambda: sum([bytearray(b"a")], bytearray()))
t(lambda: sum([1, "a"]))
t(lambda: sum(1))
t(lambda: sum())
t(lambda: sum([1], 2, 3))
print(sum([1.5, 2**64]), sum([-0.0]), sum([-0.0], -0.0), sum([1, 2], start=0.5))
class M:
    def __init__(self, v):
        self.v = v
    def __radd__(self, o):
        return M(o + self.v)
    def __add__(self, o):
        return M(self.v + (o.v if isinstance(o, M) else o))
    def __repr__(self):
        return f"M({self.v})"
print(sum([M(1), M(2)]), sum([M(1)], M(10)))
