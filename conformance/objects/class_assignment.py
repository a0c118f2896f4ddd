# Assigning __class__: allowed between compatible heap types only.
def attempt(label, f):
    try:
        f()
        print(label, "-> ok")
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
class S1:
    __slots__ = ("a",)
class S2:
    __slots__ = ("a",)
class S3:
    __slots__ = ("b", "c")
a = A()
a.__class__ = B
print(a.who(), type(a).__name__, isinstance(a, B))
attempt("to int", lambda: setattr(a, "__class__", int))
attempt("to non-class", lambda: setattr(a, "__class__", 5))
attempt("slots to dict class", lambda: setattr(S1(), "__class__", A))
attempt("same slots", lambda: setattr(S1(), "__class__", S2))
attempt("different slots", lambda: setattr(S1(), "__class__", S3))
attempt("builtin instance", lambda: setattr(1, "__class__", A))
attempt("delete", lambda: delattr(a, "__class__"))
class E1(Exception): pass
class E2(Exception): pass
e = E1("x")
e.__class__ = E2
print(type(e).__name__, e.args)
