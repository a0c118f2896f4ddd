# Metaclass calculation: the most derived metaclass wins; unrelated metaclasses conflict.
class M1(type):
    pass
class M2(type):
    pass
class M3(M1):
    pass
class A(metaclass=M1):
    pass
class B(metaclass=M2):
    pass
class C(metaclass=M3):
    pass
try:
    class AB(A, B):
        pass
except TypeError as e:
    print("TypeError", e)
class AC(A, C):
    pass
print(type(AC).__name__)
class CA(C, A):
    pass
print(type(CA).__name__)
class Explicit(A, metaclass=type):
    pass
print(type(Explicit).__name__)
try:
    class Bad(B, metaclass=M1):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    type("X", (A, B), {})
except TypeError as e:
    print("TypeError", e)
def func_meta(name, bases, ns):
    return f"made {name} with {len(bases)} bases"
class F(A, metaclass=func_meta):
    pass
print(F)
print(M3("Dyn", (A,), {}).__class__.__name__)
print(type.__new__(M1, "Y", (C,), {}).__class__.__name__)
