# sorted(): any iterable, key and reverse keywords only, stability, and argument errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(sorted([3, 1, 2]), sorted("cba"), sorted({3: 1, 1: 2}), sorted((1.5, -1, 0)), sorted(x * x for x in range(-3, 3)), sorted(set([5, 4])))
print(sorted(["b", "A", "a"], key=str.lower), sorted([1, 2, 3], reverse=True), sorted([(2, "a"), (1, "b"), (2, "c")], key=lambda p: p[0], reverse=True))
t(lambda: sorted())
t(lambda: sorted([1], lambda x: x))
t(lambda: sorted([1], cmp=1))
t(lambda: sorted(1))
t(lambda: sorted([1, None]))
t(lambda: sorted([1, 2], key=len))
t(lambda: sorted(iterable=[1]))
a = [2, 1]; b = sorted(a); print(a, b, a is b)
print(sorted([], key=lambda x: 1 / 0))
t(lambda: sorted([1], key=lambda x: 1 / 0))
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v > o.v
    def __repr__(self):
        return f"K{self.v}"
print(sorted([K(1), K(3), K(2)]))
print(sorted([[3], [1, 2], []], key=len), sorted(["x10", "x9", "x100"], key=lambda s: int(s[1:])))
