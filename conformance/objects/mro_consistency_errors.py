# C3 linearization failures and duplicate bases, with CPython's messages.
class A: pass
class B(A): pass
class C(A): pass
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    class Dup(A, A):
        pass
except TypeError as e:
    print("TypeError", e)
class X(B, C): pass
class Y(C, B): pass
try:
    class Z(X, Y):
        pass
except TypeError as e:
    print("TypeError", e)
print([k.__name__ for k in X.__mro__], [k.__name__ for k in X.mro()])
try:
    type("T", (B, A, C), {})
except TypeError as e:
    print("TypeError", e)
class O1: pass
class O2: pass
class O3: pass
class M1(O1, O2): pass
class M2(O2, O3): pass
class Final(M1, M2): pass
print([k.__name__ for k in Final.__mro__])
try:
    class IntStr(int, str):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    class FromBool(bool):
        pass
except TypeError as e:
    print("TypeError", e)
class L(list, A): pass
print([k.__name__ for k in L.__mro__])
try:
    class LD(list, dict):
        pass
except TypeError as e:
    print("TypeError", e)
