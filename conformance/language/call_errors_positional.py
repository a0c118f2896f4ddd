# TypeError texts for wrong positional argument counts.
def f(a, b): pass
def g(a, b=1): pass
def h(): pass
def k(a, /, b, *, c): pass
class C:
    def m(self, x): pass
    @staticmethod
    def s(x): pass
    @classmethod
    def c(cls, x): pass
cases = [
    lambda: f(1), lambda: f(), lambda: f(1, 2, 3), lambda: g(), lambda: g(1, 2, 3),
    lambda: h(1), lambda: h(1, 2), lambda: k(1, 2, 3), lambda: k(1, 2),
    lambda: C().m(), lambda: C().m(1, 2), lambda: C.s(), lambda: C.c(1, 2),
    lambda: C.m(1), lambda: (lambda: 0)(1),
]
for case in cases:
    try:
        case()
    except TypeError as e:
        print(e)
