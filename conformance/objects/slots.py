# __slots__: restrictions, inheritance, __dict__ and __weakref__.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), P.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
del p.x
try:
    p.x
except AttributeError as e:
    print(type(e).__name__, e)
print(type(P.x).__name__, P.x.__name__)

class Q(P):
    pass
q = Q(1, 2)
q.z = 3
print(q.__dict__)

class R(P):
    __slots__ = ("z",)
r = R(1, 2)
r.z = 3
print(r.z, hasattr(r, "__dict__"))

class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 5
except ValueError as e:
    print(type(e).__name__, e)
class Single:
    __slots__ = "only"
s = Single()
s.only = 1
print(s.only, Single.__slots__)
class Empty:
    __slots__ = ()
try:
    Empty().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    class BadSlot:
        __slots__ = ("1bad",)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class IntSub(int):
        __slots__ = ("extra",)
except TypeError as e:
    print(type(e).__name__, e)
