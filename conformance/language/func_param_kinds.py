# Every parameter kind, defaults evaluated once, keyword-only after *args, introspection.
def full(a, b=2, /, c=3, *args, d, e=5, **kwargs):
    return a, b, c, args, d, e, kwargs
print(full(1, d=4))
print(full(1, 2, 3, 4, 5, d=6, z=7))
print(full.__defaults__, full.__kwdefaults__)
def only_kw(*, a, b=1): return a, b
print(only_kw(a=0))
def mutable_default(x, acc=[]):
    acc.append(x)
    return acc
print(mutable_default(1), mutable_default(2))
def none_default(x, acc=None):
    acc = [] if acc is None else acc
    acc.append(x)
    return acc
print(none_default(1), none_default(2))
def posonly(a, b, /):
    return a + b
print(posonly(1, 2))
def kwargs_with_posonly_name(a, /, **kw):
    return a, kw
print(kwargs_with_posonly_name(1, a=2))
full.__defaults__ = (20, 30)
print(full(1, d=0)[:3])
full.__kwdefaults__ = {"d": "kwd", "e": "kwe"}
print(full(1))
def annotated(a: int, *b: str, c: "x" = 1, **d: float) -> None: pass
print(annotated.__annotations__)
for src in ["def f(a=1, b): pass", "def f(*, **k): pass", "def f(a, a): pass", "def f(*a, *b): pass",
            "def f(a, /, /): pass", "def f(**k, a): pass", "def f(/, a): pass", "lambda *: 0"]:
    try:
        compile(src, "<p>", "exec")
        print("ok")
    except SyntaxError as e:
        print("SyntaxError", e.msg)
