# super() with zero and two arguments, unbound super, in classmethods and errors.
def attempt(label, f):
    try:
        r = f()
        print(label, "->", r)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

class A:
    def f(self): return "A.f"
    @classmethod
    def c(cls): return "A.c " + cls.__name__
    @staticmethod
    def s(): return "A.s"
    @property
    def p(self): return "A.p"
class B(A):
    def f(self): return "B>" + super().f()
    @classmethod
    def c(cls): return "B>" + super().c()
    def s2(self): return super().s()
    @property
    def p(self): return "B>" + super().p
class C(B):
    def f(self): return "C>" + super().f()
    def skip(self): return super(B, self).f()
print(C().f(), C().skip(), C.c(), C().s2(), C().p)
print(super(C, C()).f(), super(B, C).c())
u = super(B)
print(repr(u), u.__thisclass__, u.__self__, u.__self_class__)
bound = u.__get__(C())
print(bound.f())
attempt("not a type", lambda: super(1, A()))
attempt("not instance", lambda: super(B, 1))
attempt("unrelated class", lambda: super(B, A))
attempt("too many", lambda: super(A, A(), 3))
attempt("missing attr", lambda: super(B, B()).missing)
attempt("module level", lambda: super())
def outside(self):
    return super().f()
attempt("no __class__ cell", lambda: outside(B()))
class D(A):
    def f(self):
        def inner():
            return super().f()
        return inner()
attempt("nested function", lambda: D().f())
class E(A):
    def f(self):
        return [super().f() for _ in range(1)][0]
print(E().f())
class F(A):
    def f(self):
        del self
        return super().f()
attempt("deleted self", lambda: F().f())
s = super(B, B())
print(s.__class__, type(s).__name__, s.__self_class__)
print(super(B, B()).__init__ is not None, super(A, A()).__repr__.__name__)
