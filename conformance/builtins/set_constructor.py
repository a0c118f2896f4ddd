# set() and frozenset() constructors, frozenset identity, subclasses, errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(set(), set([3, 1, 3]), set("aa"), set({1: 2}), set(range(3)), frozenset(), frozenset([2, 2]), set(frozenset([1])))
f = frozenset([1, 2]); print(frozenset(f) is f, frozenset() is frozenset(), frozenset(set(f)) == f)
t(lambda: set(1))
t(lambda: set([], []))
t(lambda: set(x=1))
t(lambda: frozenset(1))
t(lambda: frozenset(x=1))
t(lambda: set([[]]))
t(lambda: frozenset([{}]))
class S(set):
    pass
s = S([1]); print(s, type(s).__name__, type(s | {2}).__name__, type(s.copy()).__name__, s == {1})
class F(frozenset):
    pass
g = F([1]); print(g, repr(F()), type(g | {2}).__name__, frozenset(g) is g, type(frozenset(g)).__name__, hash(g) == hash(frozenset([1])))
x = {1, 2}; x.__init__([5]); print(x)
x.__init__(); print(x)
print(repr(set()), repr(frozenset()), repr({1}), repr(frozenset({1})), str(S()), repr(S([2])))
