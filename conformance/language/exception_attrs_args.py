# Exception args, str, repr, attributes of builtin exceptions.
for e in [ValueError(), ValueError("one"), ValueError("a", 2), KeyError("k"), KeyError(), OSError("one arg"),
          UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"), StopIteration(5), SystemExit(3)]:
    print(repr(e), "|", str(e), "|", e.args)
e = OSError(99999, "msg", "file.txt")
print(e.errno, e.strerror, e.filename, type(e).__name__, str(e))
print(FileNotFoundError.__mro__[1].__name__)
e = AttributeError("m", name="n", obj=5)
print(e.name, e.obj)
e = NameError("n", name="nm")
print(e.name)
e = ImportError("msg", name="mod", path="/p")
print(e.name, e.path, e.msg)
print(StopIteration(1, 2).value, SystemExit().code, SystemExit(1, 2).code)
class WithInit(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
w = WithInit(1, 2)
print(w.args, w.b, str(w), repr(w))
class NoSuper(Exception):
    def __init__(self, x):
        self.x = x
n = NoSuper("x")
print(n.args, repr(n), str(n))
e = Exception()
e.args = ("changed",)
print(e)
print(BaseException.__subclasses__()[:0], issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(repr(ValueError("quote's")), repr(ValueError('dq"')))
