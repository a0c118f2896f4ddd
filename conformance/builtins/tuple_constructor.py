# tuple() from iterables, identity of empty tuples and of tuple(t), subclasses, errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(tuple(), tuple("ab"), tuple([1, [2]]), tuple({1: 2}), tuple(range(3)), tuple(x * x for x in range(3)))
a = (1, 2); e = (); print(tuple(a) is a, tuple() is e, e is tuple([]))
t(lambda: tuple(1))
t(lambda: tuple(1, 2))
t(lambda: tuple(iterable=[1]))
t(lambda: tuple(None))
class T(tuple):
    pass
x = T([1, 2]); print(x, type(x).__name__, tuple(x), type(tuple(x)).__name__, x == (1, 2), x + (3,), type(x + (3,)).__name__)
class P(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def __repr__(self):
        return f"P{tuple.__repr__(self)}"
p = P(1, 2); print(p, p[0], len(p), hash(p) == hash((1, 2)))
print(repr((1,)), repr(()), repr((1, "a", None)), str(((),)), ((1, 2),))
r = ([],); r[0].append(r); print(r)
