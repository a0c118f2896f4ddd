# eval/exec with custom mappings as locals, and exec's return values, nested functions and globals().
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class Loud(dict):
    def __getitem__(self, k):
        print("lookup", k)
        return super().__getitem__(k)
loc = Loud(a=1)
print(eval("a + 1", {}, loc))
t(lambda: eval("missing", {}, loc))
g = {}
exec("def f(x):\n    return x * k\nk = 3", g)
print(g["f"](2))
exec("import math as m", g); print(g["m"].__name__)
src = "total = 0\nfor i in range(5):\n    total += i\n"
ns = {}; exec(src, ns); print(ns["total"])
print(eval("(lambda: y)()", {"y": "global y"}))
def outer():
    v = 1
    return eval("v")
print(outer())
exec(compile("z = 9", "<c>", "exec"), ns); print(ns["z"])
t(lambda: exec("return 1"))
t(lambda: exec("yield 1"))
t(lambda: eval("x = 1"))
