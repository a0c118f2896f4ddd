# Builtin alternate constructors called on subclasses build instances of the subclass.
class D(dict):
    pass
class I(int):
    pass
class F(float):
    pass
class B(bytes):
    pass
class BA(bytearray):
    pass
print(type(D.fromkeys("ab", 0)).__name__, D.fromkeys("ab", 0))
print(type(I.from_bytes(b"\x01\x00", "big")).__name__, I.from_bytes(b"\x01\x00", "big"))
print(type(F.fromhex("0x1p1")).__name__, F.fromhex("0x1p1"))
print(type(B.fromhex("4142")).__name__, B.fromhex("4142"))
print(type(BA.fromhex("41")).__name__, BA.fromhex("41"))
class InitCounts(dict):
    def __init__(self, *a, **k):
        print("init called", a, k)
        super().__init__(*a, **k)
    def __setitem__(self, k, v):
        print("setitem", k)
        super().__setitem__(k, v)
x = InitCounts.fromkeys("xy", 1)
print(x, type(x).__name__)
print(type(dict.fromkeys("a")).__name__, int.from_bytes(b"\x02", "little"), str.maketrans("a", "b"))
class Date(int):
    @classmethod
    def today(cls):
        return cls(20240101)
class Sub(Date):
    pass
print(type(Sub.today()).__name__, Sub.today())
