# __slots__ with __dict__ and __weakref__, inheritance of slots, errors.
class S:
    __slots__ = ("a", "__dict__")
s = S()
s.a = 1
s.b = 2
print(s.a, s.__dict__)
class T:
    __slots__ = ("x",)
class U(T):
    __slots__ = ("y",)
u = U()
u.x, u.y = 1, 2
print(u.x, u.y, hasattr(u, "__dict__"))
try:
    class Bad:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print(e)
class V(T):
    pass
v = V()
v.z = 3
print(v.z, "__dict__" in dir(v))
try:
    T().x
except AttributeError as e:
    print(e)
print(T.x.__class__.__name__, T.__slots__)
