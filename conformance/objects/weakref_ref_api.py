# weakref.ref on live objects: identity, equality, hashing, callbacks kept, __weakref__ slot.
import weakref
class A:
    pass
a = A()
print(a.__weakref__)
r = weakref.ref(a)
print(a.__weakref__ is r, r() is a, callable(r))
r2 = weakref.ref(a)
print(r is r2, r == r2, hash(r) == hash(a))
def cb(ref):
    print("callback")
r3 = weakref.ref(a, cb)
print(r3 is r, r3 == r, r3.__callback__ is cb, r.__callback__)
print(weakref.getweakrefcount(a), len(weakref.getweakrefs(a)))
b = A()
print(weakref.ref(b) == weakref.ref(a), weakref.ref(b) != r)
print(weakref.getweakrefcount(1), weakref.getweakrefs(1))
class R(weakref.ref):
    def __new__(cls, ob, callback=None, extra=0):
        self = super().__new__(cls, ob, callback)
        self.extra = extra
        return self
    def __init__(self, ob, callback=None, extra=0):
        super().__init__(ob, callback)
sub = R(a, None, 5)
print(sub() is a, sub.extra, isinstance(sub, weakref.ref), sub is r)
print(weakref.ref is weakref.ReferenceType)
try:
    weakref.ref()
except TypeError as e:
    print("TypeError", e)
try:
    weakref.ref(a, 1, 2)
except TypeError as e:
    print("TypeError", e)
