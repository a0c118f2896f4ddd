# set subclasses: operators return plain sets, in-place ops keep the subclass, __contains__ overrides.
class S(set):
    pass
s = S([1, 2])
print(type(s | {3}).__name__, type(s & {1}).__name__, type(s - {1}).__name__, type(s ^ {5}).__name__, type({3} | s).__name__)
s |= {9}; print(type(s).__name__, sorted(s))
print(type(s.union()).__name__, type(s.copy()).__name__, type(s.difference([1])).__name__)
class C(set):
    def __contains__(self, x):
        return True
c = C()
print(5 in c, set.__contains__(c, 5), {5} <= c, c.issuperset({5}))
class F(frozenset):
    def __new__(cls, *a):
        return super().__new__(cls, *a)
f = F([1, 2]); print(type(f | {3}).__name__, type(f.copy()).__name__, f.copy() is f, repr(f))
class H(frozenset):
    def __hash__(self):
        return 42
print(hash(H([1])), {H([1]): "v"}[frozenset([1])] if hash(frozenset([1])) == 42 else "differs")
