# __slots__ across inheritance: shadowing a base slot, multiple bases with slots, __dict__ from a base.
class A:
    __slots__ = ("a",)
class B(A):
    __slots__ = ("b",)
b = B()
b.a, b.b = 1, 2
print(b.a, b.b, hasattr(b, "__dict__"), [k for k in B.__dict__ if k in ("a", "b")])
class Shadow(A):
    __slots__ = ("a",)
s = Shadow()
s.a = 5
print(s.a, A.a.__get__(s) if False else "", type(Shadow.__dict__["a"]).__name__)
class X:
    __slots__ = ("x",)
class Y:
    __slots__ = ("y",)
try:
    class XY(X, Y):
        pass
except TypeError as e:
    print("TypeError", e)
class E1:
    __slots__ = ()
class XE(X, E1):
    pass
xe = XE()
xe.x = 1
xe.other = 2
print(xe.x, xe.other)
class WithDict:
    pass
class SlotsOverDict(WithDict):
    __slots__ = ("s",)
o = SlotsOverDict()
o.s = 1
o.free = 2
print(o.s, o.free, o.__dict__)
class D1:
    __slots__ = ("__dict__",)
class D2(D1):
    __slots__ = ("v",)
d = D2()
d.v, d.w = 1, 2
print(d.v, d.__dict__)
