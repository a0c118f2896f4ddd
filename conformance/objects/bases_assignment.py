# Assigning __bases__: checks on the new value and layout compatibility; the MRO follows.
class A:
    def f(self):
        return "A"
class B:
    def f(self):
        return "B"
class C(A):
    pass
c = C()
print(c.f(), C.__mro__[1].__name__)
C.__bases__ = (B,)
print(c.f(), [k.__name__ for k in C.__mro__])
C.__bases__ = (A, B)
print(c.f(), [k.__name__ for k in C.__mro__])
for val in ([A], (), (1,), (C,), (int,)):
    try:
        C.__bases__ = val
    except TypeError as e:
        print("TypeError", e)
try:
    del C.__bases__
except TypeError as e:
    print("TypeError", e)
try:
    int.__bases__ = (object,)
except TypeError as e:
    print("TypeError", e)
class D(C):
    pass
try:
    C.__bases__ = (D,)
except TypeError as e:
    print("TypeError", e)
print(C.__base__.__name__, D.__base__.__name__, object.__base__, bool.__base__)
