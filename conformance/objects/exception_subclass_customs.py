# Exception subclasses: custom __init__ and args, __str__/__repr__ overrides, attributes.
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
e = NoSuper(1, 2)
print(e.args, str(e), repr(e), e.a)
class Custom(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
    def __str__(self):
        return f"Custom[{self.code}]"
c = Custom(5)
print(c.args, str(c), repr(c))
try:
    raise Custom(7)
except Exception as ex:
    print(type(ex).__name__, ex, ex.code)
class ReprOnly(ValueError):
    def __repr__(self):
        return "ReprOnly!"
print(str(ReprOnly("m")), repr(ReprOnly("m")), [ReprOnly()])
class NewArgs(Exception):
    def __new__(cls, *args):
        print("new", args)
        return super().__new__(cls, "replaced")
n = NewArgs(1, 2)
print(n.args)
class KW(Exception):
    def __init__(self, msg, *, detail=None):
        super().__init__(msg)
        self.detail = detail
k = KW("m", detail="d")
print(k.args, k.detail)
try:
    Exception(x=1)
except TypeError as e:
    print("TypeError", e)
class Multi(KeyError, AttributeError):
    pass
print(issubclass(Multi, LookupError), str(Multi("k")), Multi.__mro__[1].__name__)
e2 = Exception()
e2.args = (1, 2)
print(str(e2), e2.args)
e2.args = [3]
print(e2.args, type(e2.args).__name__)
print(str(KeyError("k")), str(KeyError("a", "b")), str(KeyError()), repr(KeyError("k")))
