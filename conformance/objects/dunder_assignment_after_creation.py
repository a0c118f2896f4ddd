# Special methods assigned to a class after creation take effect at once; deleting removes them.
class C:
    pass
c = C()
for name, fn in (("__len__", lambda self: 3), ("__iter__", lambda self: iter([1, 2])),
                 ("__getitem__", lambda self, k: k * 2), ("__contains__", lambda self, x: x == "in"),
                 ("__bool__", lambda self: False), ("__call__", lambda self, *a: a), ("__neg__", lambda self: "neg"),
                 ("__repr__", lambda self: "C!"), ("__hash__", lambda self: 99), ("__lt__", lambda self, o: "lt")):
    setattr(C, name, fn)
print(len(c), list(c), c[4], "in" in c, bool(c), c(1), -c, repr(c), hash(c), c < 1)
for name in ("__len__", "__iter__", "__getitem__", "__bool__", "__call__", "__neg__", "__repr__", "__lt__"):
    delattr(C, name)
print(bool(c), repr(c).startswith("<__main__.C object"), hash(c) == 99)
for f in (lambda: len(c), lambda: iter(c), lambda: c[0], lambda: c(), lambda: -c, lambda: c < 1):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
class Base:
    pass
class Derived(Base):
    pass
d = Derived()
Base.__add__ = lambda self, o: "Base add"
print(d + 1)
Derived.__add__ = lambda self, o: "Derived add"
print(d + 1)
del Derived.__add__
print(d + 1)
Base.__init__ = lambda self, x: setattr(self, "x", x)
print(Derived(5).x)
