# max() and min(): iterables and arguments, key, default, ties keep the first, and their error texts.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(max([3, 1, 4]), min([3, 1, 4]), max(3, 1, 4), min("bca"), max("a", "ab"), max([1, 2], [1, 3]), min(range(5, 0, -1)))
print(max(["aa", "b", "cc"], key=len), min(["aa", "b", "cc", "d"], key=len), max([], default=None), min((), default="e"), max([5], default=0))
print(max(1, 2, key=lambda x: -x), min([(1, "b"), (1, "a")], key=lambda p: p[0]), max([0, 0.0, False]), min([0, 0.0, False]))
t(lambda: max([]))
t(lambda: min(()))
t(lambda: max())
t(lambda: min())
t(lambda: max(1))
t(lambda: max(1, 2, default=3))
t(lambda: max([1, "a"]))
t(lambda: min([1], key=5))
t(lambda: max([1], foo=1))
t(lambda: max([1, 2], key=lambda x: x / 0))
t(lambda: min(x for x in []))
t(lambda: max(None))
print(max([1, 2], key=None), min(1, 2, key=None), max(iter([7, 9, 8])))
n = float("nan")
print(max([n, 1]), max([1, n]), min([n, 1]))
class C:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return f"C({self.v})"
print(max([C(1), C(3), C(2)]), min(C(5), C(4)))
class G:
    def __gt__(self, o):
        return True
t(lambda: type(max([G(), G()])).__name__)
