# __class__ cell: zero-argument super in nested functions and with metaclasses touching the namespace.
class A:
    def f(self):
        return "A.f"
class B(A):
    def f(self):
        def inner():
            return super(B, self).f()
        return "B.f>" + inner()
    def g(self):
        return __class__.__name__
    def h(self):
        return (lambda: super().f())()
print(B().f(), B().g())
try:
    B().h()
except RuntimeError as e:
    print("RuntimeError", e)
class Meta(type):
    def __new__(mcls, name, bases, ns):
        print("has __classcell__:", "__classcell__" in ns)
        return super().__new__(mcls, name, bases, ns)
class C(A, metaclass=Meta):
    def f(self):
        return "C.f>" + super().f()
print(C().f())
class Bad(type):
    def __new__(mcls, name, bases, ns):
        ns.pop("__classcell__", None)
        return super().__new__(mcls, name, bases, ns)
try:
    class D(A, metaclass=Bad):
        def f(self):
            return super().f()
except RuntimeError as e:
    print("RuntimeError", e)
def outside(self):
    return super().f()
class E(A):
    pass
E.f2 = outside
try:
    E().f2()
except RuntimeError as e:
    print("RuntimeError", e)
class F(A):
    def f(self):
        return [super().f() for _ in range(2)]
print(F().f())
