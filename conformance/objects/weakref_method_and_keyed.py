# WeakMethod and KeyedRef on live objects; ref subclasses with extra state.
import weakref
class C:
    def m(self):
        return "m of " + self.name
    def __init__(self, name):
        self.name = name
c = C("c1")
wm = weakref.WeakMethod(c.m)
print(wm()(), wm() == c.m, wm() is c.m, isinstance(wm, weakref.ref))
print(wm == weakref.WeakMethod(c.m), hash(wm) == hash(weakref.WeakMethod(c.m)))
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError", e)
try:
    weakref.WeakMethod(lambda: 0)
except TypeError as e:
    print("TypeError", e)
k = weakref.KeyedRef(c, None, "the key")
print(k.key, k() is c, type(k).__name__)
class Labeled(weakref.ref):
    __slots__ = ("label",)
    def __init__(self, ob, label):
        super().__init__(ob)
        self.label = label
try:
    Labeled(c, "lbl")
except TypeError as e:
    print("TypeError", e)
class Labeled2(weakref.ref):
    def __new__(cls, ob, label):
        return super().__new__(cls, ob)
    def __init__(self, ob, label):
        super().__init__(ob)
        self.label = label
l2 = Labeled2(c, "x")
print(l2.label, l2() is c, l2 == weakref.ref(c), weakref.getweakrefcount(c) >= 2)
print(weakref.ref(c) in weakref.getweakrefs(c), type(weakref.ref(c)).__name__)
