# inspect.signature renders every parameter kind; Parameter attributes; bind errors.
import inspect
def f(a, b=2, /, c=3, *args, d, e=5, **kw) -> int: pass
sig = inspect.signature(f)
print(sig, sig.return_annotation)
for name, p in sig.parameters.items():
    print(name, p.kind.name, p.default is p.empty, p.annotation is p.empty)
print(inspect.signature(lambda x, *, y=1: 0), inspect.signature(lambda: 0), inspect.signature(lambda *a, **k: 0))
class C:
    def m(self, x: int, y: "str" = "s"): pass
    @classmethod
    def cm(cls, z): pass
print(inspect.signature(C.m), inspect.signature(C().m), inspect.signature(C.cm), inspect.signature(C))
ba = sig.bind(1, c=3, d=4, extra=9)
print(ba.arguments, ba.args, ba.kwargs)
ba.apply_defaults()
print(ba.arguments)
for args, kw in [((), {}), ((1, 2, 3), {}), ((1,), {"d": 1, "a": 2})]:
    try:
        sig.bind(*args, **kw)
    except TypeError as e:
        print(type(e).__name__, e)
print(inspect.signature(len), inspect.signature(sorted), inspect.signature(divmod))
try:
    inspect.signature(5)
except TypeError as e:
    print(type(e).__name__, e)
def deco(fn):
    import functools
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
@deco
def wrapped(p, q=1): pass
print(inspect.signature(wrapped), inspect.getdoc(f), inspect.getsource(wrapped).splitlines()[0])
