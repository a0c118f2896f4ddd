# __slots__ on exception subclasses: exceptions keep a __dict__, slots add descriptors.
class E(Exception):
    __slots__ = ("code",)
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
e = E("boom", 7)
print(e.code, e.args, str(e), type(E.__dict__["code"]).__name__)
e.other = 1
print(e.__dict__, hasattr(e, "__dict__"))
class F(E):
    __slots__ = ()
f = F("x", 1)
print(f.code, f.args)
try:
    raise F("raised", 2)
except E as ex:
    print(type(ex).__name__, ex.code, ex)
class G(ValueError):
    __slots__ = ("a", "b")
g = G(1, 2)
print(g.args)
try:
    g.a
except AttributeError as ex:
    print("AttributeError", ex)
g.a = 3
print(g.a, repr(g))
try:
    class H(Exception):
        __slots__ = ("args",)
except Exception as ex:
    print(type(ex).__name__, ex)
class Ok(OSError):
    __slots__ = ("extra",)
o = Ok(2, "nope")
o.extra = "x"
print(o.errno, o.strerror, o.extra)
