# Special methods are looked up on the type, not the instance.
class C:
    def __len__(self): return 1
c = C()
c.__len__ = lambda: 99
print(len(c), c.__len__())
class D:
    pass
d = D()
d.__str__ = lambda: "instance str"
print(str(d) == "instance str")
D.__str__ = lambda self: "class str"
print(str(d))
class Callable:
    pass
o = Callable()
o.__call__ = lambda: "called"
try:
    o()
except TypeError as e:
    print(e)
Callable.__call__ = lambda self: "type call"
print(o())
class Meta(type):
    def __len__(cls): return 7
    def __getitem__(cls, k): return f"meta item {k}"
class WithMeta(metaclass=Meta):
    def __getitem__(self, k): return f"instance item {k}"
print(len(WithMeta), WithMeta[1], WithMeta()[2])
class Iter:
    def __iter__(self): return iter("ab")
i = Iter()
i.__iter__ = lambda: iter("zz")
print(list(i))
class Add:
    def __add__(self, o): return "add"
a = Add()
a.__add__ = lambda o: "instance add"
print(a + 1)
