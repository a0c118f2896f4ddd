# eval() and exec(): globals/locals arguments, return values, __builtins__ injection, errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(eval("1 + 2"), eval("x * 2", {"x": 5}), eval("x + y", {"x": 1}, {"y": 2}), eval(" 3 \n"), eval("len('ab')", {}))
g = {}
exec("a = 1\ndef f():\n    return a + 1", g)
print(g["a"], g["f"](), "__builtins__" in g, sorted(k for k in g if k != "__builtins__"))
l = {}
exec("b = 2", None, l); print(l)
print(exec("1"), eval("[i for i in range(3)]"))
t(lambda: eval("1 +"))
t(lambda: eval("x", {}))
t(lambda: eval("import os"))
t(lambda: eval(5))
t(lambda: eval("1", []))
t(lambda: eval("1", {}, 5))
t(lambda: exec("raise ValueError('inside exec')"))
t(lambda: exec(5))
t(lambda: eval())
code = compile("40 + 2", "<s>", "eval"); print(eval(code))
print(eval(b"7 * 6"), eval("__name__", {"__name__": "custom"}))
ns = {"__builtins__": {"len": len}}
print(eval("len([1])", ns))
t(lambda: eval("abs(1)", ns))
def scope():
    z = 10
    return eval("z + 1")
print(scope())
class M:
    def __getitem__(self, k):
        if k == "magic":
            return 99
        raise KeyError(k)
print(eval("magic", {}, M()))
