# Exception subclasses with keyword-only __init__ parameters; BaseException rejects unknown keywords.
class HttpError(Exception):
    def __init__(self, message, *, status, url=None):
        super().__init__(message)
        self.status, self.url = status, url
    def __str__(self):
        return f"{self.status}: {self.args[0]}" + (f" ({self.url})" if self.url else "")
e = HttpError("not found", status=404, url="/x")
print(e, repr(e), e.args, e.status)
try:
    raise HttpError("server", status=500)
except HttpError as err:
    print(str(err), err.url)
for bad in [lambda: Exception(code=1), lambda: ValueError("x", reason="y"), lambda: HttpError("m"), lambda: KeyError(k=1)]:
    try:
        bad()
    except TypeError as err:
        print(type(err).__name__, err)
class WithNew(Exception):
    def __new__(cls, *args, **kw):
        self = super().__new__(cls, *args)
        self.extra = kw
        return self
    def __init__(self, *args, **kw):
        super().__init__(*args)
w = WithNew("a", flag=True)
print(w.args, w.extra, repr(w))
class NoArgsStored(Exception):
    def __init__(self, value):
        self.value = value
n = NoArgsStored(42)
print(n.args, str(n), repr(n))
import copy
try:
    copy.copy(HttpError("copied", status=1))
except TypeError as err:
    print("copy re-calls __init__ with args only:", err)
