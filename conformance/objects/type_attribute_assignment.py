# Setting and deleting a class's __name__, __qualname__, __doc__, __module__, __bases__.
def attempt(label, f):
    try:
        r = f()
        print(label, "->", r)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

class A:
    "doc of A"
class B: pass
class C(A): pass
C.__name__ = "Renamed"
print(C.__name__, C.__qualname__, repr(C))
C.__qualname__ = "Outer.Renamed"
print(C.__qualname__, repr(C))
attempt("name int", lambda: setattr(C, "__name__", 1))
attempt("qualname int", lambda: setattr(C, "__qualname__", 1))
attempt("del name", lambda: delattr(C, "__name__"))
attempt("builtin name", lambda: setattr(int, "__name__", "x"))
attempt("builtin attr", lambda: setattr(int, "foo", 1))
attempt("builtin del", lambda: delattr(str, "upper"))
print(A.__doc__, C.__doc__)
A.__doc__ = "new doc"
print(A.__doc__)
C.__module__ = "elsewhere"
print(repr(C), C.__module__)
C.__bases__ = (B,)
print(C.__bases__, C.__mro__, issubclass(C, A), issubclass(C, B))
attempt("bases int", lambda: setattr(C, "__bases__", 1))
attempt("bases empty", lambda: setattr(C, "__bases__", ()))
attempt("bases cycle", lambda: setattr(B, "__bases__", (C,)))
attempt("bases non-class", lambda: setattr(C, "__bases__", (1,)))
attempt("mro attr", lambda: setattr(C, "__mro__", ()))
attempt("del missing", lambda: delattr(C, "nothing"))
C.extra = 5
print(C.extra, "extra" in C.__dict__)
del C.extra
attempt("after del", lambda: C.extra)
print(type.__name__, type.__qualname__, type.__module__, int.__module__)
print(object.__base__, int.__base__, bool.__base__, bool.__mro__)
