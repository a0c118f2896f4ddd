# Attribute lookup through the MRO, instance dict shadowing, class vs instance mutation.
class A:
    x = "A.x"
    items = []
    def who(self): return "A"
class B(A):
    pass
class C(A):
    x = "C.x"
    def who(self): return "C"
class D(B, C):
    pass
d = D()
print(d.x, d.who(), [k.__name__ for k in D.__mro__])
d.x = "instance"
print(d.x, D.x)
del d.x
print(d.x)
b1, b2 = B(), B()
b1.items.append(1)
print(b2.items, A.items)
b1.items = ["own"]
print(b1.items, b2.items)
A.new_attr = "added later"
print(d.new_attr)
print(D.__dict__.get("x"), "x" in C.__dict__, getattr(D, "who")(d))
class E:
    __slots__ = ("a",)
    b = "class attr"
e = E()
e.a = 1
print(e.a, e.b)
try:
    e.b = 2
except AttributeError as ex:
    print(ex)
