# super(): explicit forms, errors for bad arguments, super in staticmethod.
class A:
    def f(self): return "A.f"
    @classmethod
    def c(cls): return f"A.c({cls.__name__})"
class B(A):
    def f(self): return "B>" + super(B, self).f()
    @staticmethod
    def s():
        try:
            return super().f()
        except RuntimeError as e:
            return f"RuntimeError {e}"
print(B().f(), B.s(), super(B, B).c(), super(B, B()).c())
try:
    super(B, 1)
except TypeError as e:
    print(e)
try:
    super(1, B())
except TypeError as e:
    print(e)
try:
    super(B, B()).missing
except AttributeError as e:
    print(e)
s = super(B, B())
print(s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__)
print(repr(super(B, B())).startswith("<super: <class 'B'>, <B object"))
