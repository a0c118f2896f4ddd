# __init_subclass__ cooperation across multiple bases, keyword routing, and classmethod behaviour.
class A:
    def __init_subclass__(cls, /, a_opt=None, **kw):
        print(f"A.__init_subclass__({cls.__name__}, a_opt={a_opt}, rest={kw})")
        super().__init_subclass__(**kw)
class B:
    def __init_subclass__(cls, /, b_opt=None, **kw):
        print(f"B.__init_subclass__({cls.__name__}, b_opt={b_opt}, rest={kw})")
        super().__init_subclass__(**kw)
class C(A, B, a_opt=1, b_opt=2):
    pass
class D(C):
    pass
try:
    class E(A, B, unknown=3):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Counted:
    count = 0
    def __init_subclass__(cls):
        Counted.count += 1
        cls.index = Counted.count
class X(Counted): pass
class Y(Counted): pass
class Z(X): pass
print(X.index, Y.index, Z.index, Counted.count, hasattr(Counted, "index"))
print(type(A.__dict__["__init_subclass__"]).__name__)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__ kw:", kw)
        return super().__new__(mcls, name, bases, ns, **kw)
class F(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        print("F.__init_subclass__ kw:", kw)
class G(F, flag=True):
    pass
