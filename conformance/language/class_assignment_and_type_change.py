# Assigning __class__, __bases__ inspection, type() with one and three arguments.
class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
a = A()
a.__class__ = B
print(a.who(), type(a).__name__, isinstance(a, B))
try:
    a.__class__ = int
except TypeError as e:
    print(e)
try:
    (1).__class__ = bool
except TypeError as e:
    print(e)
print(type(a) is B, type(type), type(int), type("x"))
C = type("C", (A,), {"extra": lambda self: "extra"})
print(C().who(), C().extra(), C.__bases__, C.__name__, C.__qualname__, C.__module__)
try:
    type("D", (), {}, 1)
except TypeError as e:
    print(e)
try:
    type(1, 2)
except TypeError as e:
    print(e)
print(A.__bases__, object.__bases__, A.__base__, bool.__mro__)
