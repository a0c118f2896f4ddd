# globals(), locals() and vars(): module and function scopes, vars of objects and its TypeError.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
g_value = 1
print(globals()["g_value"], globals() is globals(), "__name__" in globals(), globals()["__name__"])
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
def g():
    x = 1
    loc = locals()
    x = 2
    return loc["x"], locals()["x"]
print(g())
class C:
    cls_var = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(C.names)
class D:
    def __init__(self):
        self.a = 1
print(vars(D()), "cls_var" in vars(C), type(vars(C)).__name__)
t(lambda: vars(1))
t(lambda: vars([]))
t(lambda: vars(1, 2))
class S:
    __slots__ = ("x",)
t(lambda: vars(S()))
import math
print(vars(math)["pi"], vars() is globals())
globals()["injected"] = 7
print(injected)
t(lambda: globals(1))
t(lambda: locals(1))
