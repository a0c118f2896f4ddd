# staticmethod/classmethod objects: __func__, __wrapped__, calling directly, chaining with property, reprs.
def f(*a):
    return a
s = staticmethod(f)
c = classmethod(f)
print(s.__func__ is f, c.__func__ is f, s.__wrapped__ is f, s(1, 2), callable(s), callable(c))
class A:
    sm = s
    cm = c
    @classmethod
    def make(cls):
        return cls.__name__
print(A.sm(1), A().sm(1), A.cm(1)[0].__name__, A().cm(2)[1], A.make(), A.__dict__["sm"] is s)
print(s.__get__(None, A) is f, c.__get__(None, A)(3)[0] is A, c.__get__(A())()[0] is A)
print(repr(staticmethod(len)).startswith("<staticmethod("), repr(classmethod(len)).startswith("<classmethod("))
print(s.__name__, s.__doc__ == f.__doc__, c.__qualname__ if hasattr(c, "__qualname__") else "-")
for bad in [lambda: staticmethod(), lambda: classmethod(1)(), lambda: staticmethod(1, 2), lambda: c()]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
class B:
    @classmethod
    def cm(cls):
        return cls
class D(B):
    pass
print(D.cm() is D, B.cm() is B, D().cm() is D)
