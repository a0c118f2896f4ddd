# C3 method resolution order and its errors.
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([c.__name__ for c in Z.__mro__])
print([c.__name__ for c in Z.mro()])

class Left:
    def who(self): return "Left"
class Right:
    def who(self): return "Right"
    def only_right(self): return "only right"
class Both(Left, Right): pass
print(Both().who(), Both().only_right())

try:
    class Bad(A, O, B): pass
    class Bad2(O, A): pass
except TypeError as e:
    print(type(e).__name__, e)
class X: pass
class Y: pass
class XY(X, Y): pass
class YX(Y, X): pass
try:
    class Conflict(XY, YX): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Dup(X, X): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class FromInstance(X()): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class FromBool(bool): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Multi(int, str): pass
except TypeError as e:
    print(type(e).__name__, e)
print([c.__name__ for c in bool.__mro__])
