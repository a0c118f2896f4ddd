# set repr (recursive via a subclass), contains with unhashable sets, len and bool.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print({1, 2, 3}, {-1, 0}, {(1, 2)}, {None}, {"a"}, {1.5}, {frozenset({2})})
class H(list):
    __hash__ = object.__hash__
    def __repr__(self):
        return "H" + list.__repr__(self)
h = H(); s = {h}; h.append(s); print(s)
print({1} and 1, bool(set()), bool(frozenset([0])), len({1, 1, 1}))
print({1, 2} in [{2, 1}], set() in {frozenset()}, {1} == frozenset({1}))
t(lambda: [] in {1})
t(lambda: {1: 2} in {1})
t(lambda: set.add(frozenset(), 1))
class S(set):
    def __repr__(self):
        return "S!"
print([S([1])], {frozenset(S([1]))})
