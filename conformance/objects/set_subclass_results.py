# set/frozenset subclasses: operator results are of the base type; frozenset subclass identity.
class S(set):
    pass
s = S([1, 2, 3])
print(type(s | {4}).__name__, type(s & {1}).__name__, type(s - {1}).__name__, type(s ^ {9}).__name__, type(s.copy()).__name__)
print(type(s.union([5])).__name__, type({1} | s).__name__, s == {1, 2, 3}, repr(s))
s |= {7}
print(type(s).__name__, sorted(s))
class F(frozenset):
    def __repr__(self):
        return "F" + repr(sorted(self))
f = F([2, 1])
print(f, type(f | {3}).__name__, hash(f) == hash(frozenset([1, 2])), F() is F(), frozenset() is frozenset())
print(type(f.copy()).__name__, f.copy() is f, frozenset(f) is f, type(frozenset(f)).__name__)
class Init(set):
    def __init__(self, *args):
        print("init", args)
        super().__init__(*args)
i = Init([1])
print(type(i - {1}).__name__, i)
class WithAttr(frozenset):
    def __new__(cls, it, label):
        o = super().__new__(cls, it)
        o.label = label
        return o
w = WithAttr([1], "lbl")
print(w.label, sorted(w), repr(w))
