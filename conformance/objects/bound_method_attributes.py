# Bound methods: __self__, __func__, equality, hashing, names, repr, and immutability.
class C:
    def m(self, x=1):
        "doc of m"
        return x
    @classmethod
    def cm(cls):
        return cls
c = C()
bm = c.m
print(bm.__self__ is c, bm.__func__ is C.m, bm.__name__, bm.__qualname__, bm.__doc__)
print(bm == c.m, bm is c.m, hash(bm) == hash(c.m), bm != C().m)
print(repr(bm).startswith("<bound method C.m of <"), repr(C.cm).startswith("<bound method C.cm of <class"))
print(C.cm.__self__ is C, C.cm.__func__.__name__, C().cm.__self__ is C)
try:
    bm.attr = 1
except AttributeError as e:
    print("AttributeError", e)
C.m.note = "set on function"
print(bm.note)
print(type(bm).__name__, bm(5), bm.__func__(c, 6), C.m(c))
try:
    C.m()
except TypeError as e:
    print("TypeError", e)
import types
mt = types.MethodType(lambda self, y: (self, y), "obj")
print(mt(2), mt.__self__)
def free(self):
    return type(self).__name__
c.free = free
try:
    c.free()
except TypeError as e:
    print("TypeError", e)
C.free = free
print(C().free())
print(bm.__defaults__ if hasattr(bm, "__defaults__") else "no", bm.__code__.co_name)
print([1].append.__self__, len.__self__.__name__, type([].append).__name__)
