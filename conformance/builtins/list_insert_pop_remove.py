# list.insert, pop, remove, clear with indexes in and out of range, and their errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
a = list(range(5))
a.insert(2, "m"); a.insert(-1, "n"); a.insert(50, "end"); a.insert(-50, "start"); print(a)
a.insert(True, "b"); print(a)
print(a.pop(), a.pop(0), a.pop(-1), a.pop(2), a)
t(lambda: [].pop())
t(lambda: [1].pop(1))
t(lambda: [1].pop(-2))
t(lambda: [1].pop("0"))
t(lambda: [1].pop(1.0))
t(lambda: [1].pop(2**70))
t(lambda: [1].insert(2**70, 1))
t(lambda: [1].insert("x", 1))
t(lambda: [1].insert(0))
a = [1, 2, 1, 3]
a.remove(1); print(a)
t(lambda: a.remove(9))
t(lambda: a.remove())
class E:
    def __eq__(self, o):
        raise KeyError("eq")
t(lambda: [1, E()].remove(2))
t(lambda: [E()].remove(E()))
a.clear(); print(a)
t(lambda: a.clear(1))
x = [float("nan")]; n = x[0]
x.remove(n); print(x)
print([1, 2, 3].pop(True))
