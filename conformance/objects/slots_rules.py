# __slots__: layout, member descriptors, inheritance, __dict__/__weakref__ in slots, errors.
def attempt(label, f):
    try:
        r = f()
        print(label, "->", r)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
p = P(1)
attempt("x", lambda: p.x)
attempt("y unset", lambda: p.y)
attempt("new attr", lambda: setattr(p, "z", 3))
attempt("dict", lambda: p.__dict__)
def del_y():
    del p.y
attempt("del unset", del_y)
p.y = 2
del p.y
attempt("after del", lambda: p.y)
print(type(P.x).__name__, repr(P.x), P.x.__name__, P.x.__objclass__ is P)
print(sorted(k for k in P.__dict__ if not k.startswith("__")), "__weakref__" in P.__dict__)

class Q(P):
    pass
q = Q(5)
q.z = 6
print(q.x, q.z, q.__dict__)

class R(P):
    __slots__ = ("__dict__",)
r = R(1)
r.w = 2
print(r.w, r.__dict__)

class S:
    __slots__ = "single"
s = S()
s.single = 1
print(s.single, S.__slots__)

class M:
    __slots__ = ("__priv", "pub")
    def set(self, v):
        self.__priv = v
        return self.__priv
print(M().set(9), sorted(k for k in M.__dict__ if "priv" in k))

attempt("not identifier", lambda: type("T", (), {"__slots__": ["1a"]}))
attempt("not str", lambda: type("T", (), {"__slots__": [1]}))
attempt("conflict", lambda: type("T", (), {"__slots__": ["a"], "a": 1}))
attempt("dict twice", lambda: type("T", (), {"__slots__": ["__dict__", "__dict__"]}))
attempt("weakref twice", lambda: type("T", (), {"__slots__": ["__weakref__", "__weakref__"]}))
attempt("int subclass slots", lambda: type("T", (int,), {"__slots__": ["a"]}))
attempt("tuple subclass slots", lambda: type("T", (tuple,), {"__slots__": ["a"]}))
attempt("int subclass empty", lambda: type("T", (int,), {"__slots__": ()})(3))
attempt("two slotted bases", lambda: type("T", (P, S), {}))
class E1: __slots__ = ()
class E2: __slots__ = ()
print(type("T", (E1, E2), {}).__mro__[1:])
attempt("descriptor on wrong type", lambda: P.x.__get__(S()))
attempt("object has no dict", lambda: setattr(object(), "a", 1))
