# Special methods are looked up on the type, and follow later changes to the class.
class C:
    pass
c = C()
c.__len__ = lambda: 5
try:
    len(c)
except TypeError as e:
    print("instance attribute ignored:", e)
C.__len__ = lambda self: 3
print("added to class:", len(c), bool(c))
del C.__len__
try:
    len(c)
except TypeError as e:
    print("after del:", e)
class D(C):
    pass
d = D()
C.__getitem__ = lambda self, i: i * 2
print("inherited later:", d[4])
C.__iter__ = lambda self: iter([1, 2])
print(list(d), 2 in d)
D.__iter__ = None
try:
    iter(d)
except TypeError as e:
    print("D.__iter__ = None:", e)
C.__add__ = lambda self, o: "C.add"
print(d + 1)
D.__radd__ = lambda self, o: "D.radd"
print(1 + d)
C.__eq__ = lambda self, o: True
print(c == 1, c != 1, d == 2)
C.__hash__ = None
try:
    hash(c)
except TypeError as e:
    print(e)
C.__hash__ = lambda self: 7
print(hash(c), hash(d))
C.__call__ = lambda self, *a: ("called", a)
print(c(1, 2))
C.__repr__ = lambda self: "<a C>"
print(repr(c), str(d), f"{c}")
C.__bool__ = lambda self: False
print(bool(d), "yes" if c else "no")
C.__getattr__ = lambda self, name: name.upper()
print(c.anything, d.other)
del C.__getattr__
try:
    c.anything
except AttributeError as e:
    print(e)
class Meta(type):
    def __len__(cls): return 10
    def __getitem__(cls, k): return f"Meta[{k}]"
class WithMeta(metaclass=Meta):
    def __len__(self): return 1
print(len(WithMeta), len(WithMeta()), WithMeta["k"])
