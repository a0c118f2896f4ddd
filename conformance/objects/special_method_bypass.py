# Implicit special-method lookup goes to the type and skips __getattribute__ and instance attributes.
class Loud:
    def __getattribute__(self, name):
        print("getattribute", name)
        return object.__getattribute__(self, name)
    def __len__(self):
        return 3
    def __repr__(self):
        return "Loud()"
l = Loud()
print(len(l))
print(repr(l))
print(l.__len__())
class Inst:
    pass
i = Inst()
i.__len__ = lambda: 5
i.__repr__ = lambda: "instance repr"
try:
    len(i)
except TypeError as e:
    print("TypeError", e)
print(repr(i).startswith("<__main__.Inst object"), i.__len__())
class Meta(type):
    def __len__(cls):
        return 42
class WithMeta(metaclass=Meta):
    def __len__(self):
        return 1
print(len(WithMeta), len(WithMeta()))
class Call:
    pass
c = Call()
c.__call__ = lambda: "no"
print(callable(c))
try:
    c()
except TypeError as e:
    print("TypeError", e)
class GetattrOnly:
    def __getattr__(self, name):
        return lambda *a: 0
g = GetattrOnly()
for f in (lambda: len(g), lambda: g + 1, lambda: iter(g), lambda: g[0]):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
print(g.__len__())
