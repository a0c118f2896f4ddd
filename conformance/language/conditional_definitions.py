# Functions and classes are defined when their def/class statement runs; redefinition rebinds.
import sys
if sys.version_info >= (3, 0):
    def version():
        return "py3 branch"
else:
    def version():
        return "py2 branch"
print(version())
def f():
    return "first"
first = f
def f():
    return "second"
print(first(), f(), first is f, first.__name__ == f.__name__)
try:
    early()
except NameError as e:
    print(type(e).__name__, e)
def early():
    return "defined now"
print(early())
funcs = {}
for name in ["inc", "dec"]:
    if name == "inc":
        def op(x): return x + 1
    else:
        def op(x): return x - 1
    funcs[name] = op
print(funcs["inc"](5), funcs["dec"](5), funcs["inc"] is funcs["dec"])
def make_class(flag):
    if flag:
        class C:
            kind = "flagged"
    else:
        class C:
            kind = "plain"
    return C
print(make_class(True).kind, make_class(False).kind, make_class(True) is make_class(True))
try:
    pass
finally:
    def in_finally():
        return "def in finally"
print(in_finally())
while True:
    def in_loop():
        return "def in loop"
    break
print(in_loop())
with open(__import__("os").devnull) as devnull:
    class InWith:
        pass
print(InWith.__name__)
print(callable(version), version.__code__.co_firstlineno)
