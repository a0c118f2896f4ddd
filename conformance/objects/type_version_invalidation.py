# Changing a class or any base after use is seen by instances, subclasses and special methods.
class Base:
    def m(self):
        return "base m"
class Mid(Base):
    pass
class Leaf(Mid):
    pass
obj = Leaf()
for _ in range(3):
    r = obj.m()
print(r)
Base.m = lambda self: "patched m"
print(obj.m())
Mid.m = lambda self: "mid m"
print(obj.m())
del Mid.m
print(obj.m())
print(len([1]) if False else "x")
def length(self):
    return 5
Base.__len__ = length
print(len(obj), bool(obj))
Base.__len__ = lambda self: 0
print(len(obj), bool(obj))
del Base.__len__
try:
    len(obj)
except TypeError as e:
    print("TypeError", e)
Base.__add__ = lambda self, o: "added"
print(obj + 1)
Base.__eq__ = lambda self, o: True
print(obj == 3)
class Other:
    def m(self):
        return "other m"
Mid.__bases__ = (Other,)
print(obj.m(), Leaf.__mro__[1:3])
Mid.__bases__ = (Base,)
print(obj.m())
class Attr:
    x = 1
a = Attr()
vals = []
for i in range(3):
    vals.append(a.x)
    Attr.x = i + 10
print(vals, a.x)
Base.__getattr__ = lambda self, name: "dyn " + name
print(obj.missing)
Base.__call__ = lambda self: "called"
print(obj())
