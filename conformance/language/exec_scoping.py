# exec/eval scoping: function locals, separate globals/locals, custom mappings, globals validation.
def f():
    x = 1
    exec("x = 2")
    exec("y = 3")
    return x, "y" in locals()
print(f())

def f2():
    ns = {}
    exec("y = 3", globals(), ns)
    return ns["y"]
print(f2())

g, l = {}, {}
exec("a = 1\ndef get():\n    return a\n", g, l)
try:
    l["get"]()
except NameError as e:
    print("function defined with separate locals can't see them:", e)
try:
    exec("b = 2\nclass K:\n    c = b\n", g, l)
except NameError as e:
    print("class body can't see exec locals either:", e)
exec("class K2:\n    c = 'own'\n    d = c\n", g, l)
print(l["K2"].d)

class Recorder(dict):
    def __getitem__(self, k):
        print("lookup", k)
        return super().__getitem__(k)
    def __missing__(self, k):
        return f"<{k}>"
print(eval("x + y", {}, Recorder(x="X")))
exec("z = 5", {}, rec := Recorder())
print(dict(rec))
for bad in [lambda: eval("1", []), lambda: exec("1", {}, 5), lambda: eval("1", None, [])]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(eval("__builtins__ is not None", {}), "__builtins__" in (ns := {}) or (exec("", ns) or "__builtins__" in ns))
print(eval("len('abc')", {"__builtins__": {"len": lambda s: "custom len"}}))
try:
    eval("abs(-1)", {"__builtins__": {}})
except NameError as e:
    print(type(e).__name__, e)
try:
    compile("x = 1\ny = 2", "<s>", "single")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
print(eval(compile("1 + 1", "<e>", "eval")), eval("lambda: 5")())
counter = 0
def bump():
    global counter
    exec("counter += 1", globals())
    return counter
print(bump(), bump())
