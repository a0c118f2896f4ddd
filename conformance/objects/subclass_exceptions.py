# Custom exception hierarchies: args, __str__, __init__ without super, pickling-free attributes.
class AppError(Exception):
    """Base for app errors."""
class NotFound(AppError):
    def __init__(self, resource, ident):
        super().__init__(f"{resource} {ident} not found")
        self.resource = resource
        self.ident = ident
class NoSuper(AppError):
    def __init__(self, code):
        self.code = code
class WithStr(AppError):
    def __str__(self):
        return "custom str"

for exc in [AppError(), AppError("one"), AppError("a", "b"), NotFound("user", 7), NoSuper(5), WithStr("ignored")]:
    print(type(exc).__name__, "| str:", str(exc), "| repr:", repr(exc), "| args:", exc.args)

try:
    raise NotFound("file", "x.txt")
except AppError as e:
    print("caught via base:", e, e.resource, e.ident)

try:
    try:
        raise NotFound("a", 1)
    except (KeyError, AppError) as e:
        raise WithStr() from e
except WithStr as e:
    print(type(e.__cause__).__name__, e.__cause__.args)

class MyKeyError(KeyError):
    pass
print(str(MyKeyError("k")), str(KeyError("k")), str(KeyError("a", "b")), str(KeyError()))
class ValueAndType(ValueError, TypeError):
    pass
try:
    raise ValueAndType("both")
except TypeError as e:
    print("caught as TypeError", type(e).__mro__[1:3])
print(AppError.__doc__, issubclass(NotFound, Exception), NotFound.__mro__[-3:])
e = AppError(1)
e.args = ("replaced",)
print(e, repr(e))
class OSE(OSError):
    pass
print(repr(OSE(2, "No such file")), OSE(2, "No such file").errno, str(OSE(2, "x")))
