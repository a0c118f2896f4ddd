# staticmethod and classmethod objects: attributes, callability, wrapping and repr shapes.
def f(a, b=2):
    "f doc"
    return (a, b)
s = staticmethod(f)
c = classmethod(f)
print(s.__func__ is f, s.__wrapped__ is f, s.__doc__, s.__name__, s.__qualname__, s(1))
print(c.__func__ is f, c.__doc__, c.__name__, callable(s), callable(c))
print(type(s).__name__, type(c).__name__, isinstance(s, staticmethod))
print(repr(s).startswith("<staticmethod(<function f at "), repr(c).startswith("<classmethod(<function f at "))
print(s.__get__(None, int)(5), c.__get__(None, int)(), c.__get__(3)())
try:
    c()
except TypeError as e:
    print("TypeError", e)
s.extra = 1
print(s.extra, s.__dict__)
print(getattr(staticmethod(len), "__isabstractmethod__", None), staticmethod(len)("abc"))
class C:
    @staticmethod
    def st(x):
        return x
    @classmethod
    def cm(cls):
        return cls.__name__
print(C.st(1), C().st(2), C.cm(), C().cm(), C.__dict__["st"].__func__(3))
sm = staticmethod(5)
try:
    sm()
except TypeError as e:
    print("TypeError", e)
try:
    staticmethod()
except TypeError as e:
    print("TypeError", e)
