# The __class__ cell and super() in methods, classmethods, nested functions.
class Base:
    def who(self): return "Base"
    @classmethod
    def make(cls): return f"Base.make({cls.__name__})"
class Child(Base):
    def who(self):
        return "Child>" + super().who()
    @classmethod
    def make(cls):
        return "Child>" + super().make()
    def cls(self):
        return __class__
    def nested(self):
        def helper():
            return __class__.__name__
        return helper()
    def lam(self):
        try:
            return (lambda: super().who())()
        except RuntimeError as e:
            return f"RuntimeError {e}"
print(Child().who(), Child.make(), Child().cls() is Child, Child().nested(), Child().lam())
class Grand(Child): pass
print(Grand().who(), Grand.make(), Grand().cls())
def outside(self):
    return super().who()
try:
    outside(Child())
except RuntimeError as e:
    print("RuntimeError", e)
class NoArgs:
    def m():
        return super().x
try:
    NoArgs.m()
except RuntimeError as e:
    print("RuntimeError", e)
class M(type):
    def __new__(mcls, name, bases, ns):
        print("classcell" in ns or "__classcell__" in ns)
        return super().__new__(mcls, name, bases, ns)
class WithCell(metaclass=M):
    def f(self): return __class__
print(WithCell().f() is WithCell)
print(super(Child, Child()).who(), super(Child, Grand).make())
class A:
    def m(self): return "A"
class B(A):
    def m(self): return "B" + super().m()
class C2(A):
    def m(self): return "C" + super().m()
class D(B, C2):
    def m(self): return "D" + super().m()
print(D().m(), [k.__name__ for k in D.__mro__])
