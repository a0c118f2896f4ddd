# set.add, remove, discard, pop, clear and their KeyError/TypeError texts.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
s = {1, 2}
s.add(3); s.add(1); s.add(1.0); s.add(True); print(sorted(s), len(s))
s.remove(3); s.discard(7); s.discard(2); print(s)
t(lambda: s.remove(9))
t(lambda: s.remove("k"))
t(lambda: s.remove((1, 2)))
t(lambda: s.add([]))
t(lambda: s.discard([]))
t(lambda: s.remove({}))
print(s.pop(), s)
t(lambda: s.pop())
t(lambda: set().pop())
t(lambda: s.add())
t(lambda: s.add(1, 2))
t(lambda: s.pop(0))
s2 = {1, 2, 3}; s2.clear(); print(s2, len(s2))
print({frozenset([1])} == {frozenset({1})}, {1} - {1}, set().__len__())
print({frozenset({1}): "x"}[frozenset([1])])
s4 = {frozenset({2})}; s4.remove({2}); print(s4)
s4.add(frozenset()); s4.discard(set()); print(s4)
