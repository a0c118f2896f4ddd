# super(): zero-argument form needs __class__; two-argument form checks its arguments.
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super().who()
    @classmethod
    def cm(cls):
        return super().who
    @staticmethod
    def sm():
        return super().who()
print(B().who(), B.cm().__qualname__)
try:
    B.sm()
except RuntimeError as e:
    print("RuntimeError", e)
def outside():
    return super()
try:
    outside()
except RuntimeError as e:
    print("RuntimeError", e)
for args in ((B, 1), (1, B()), (A, B), (B, A())):
    try:
        super(*args)
    except TypeError as e:
        print("TypeError", e)
s = super(B, B())
print(s.who(), s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__)
print(super(B, B).who(B()), repr(super(B)).startswith("<super: <class 'B'>, NULL>"))
u = super(B)
print(u.__self__, u.__thisclass__.__name__)
class C(B):
    def who(self):
        return "C>" + super(B, self).who()
print(C().who())
try:
    super(B, B()).nothing
except AttributeError as e:
    print("AttributeError", e)
class D(A):
    def f(self):
        __class__ = None
        return "shadowed"
print(D().f())
class E(A):
    def g(self):
        del self
        return super().who()
try:
    E().g()
except RuntimeError as e:
    print("RuntimeError", e)
