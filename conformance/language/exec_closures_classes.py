# exec with separate globals and locals: functions, classes, closures inside.
g = {}
l = {}
try:
    exec("""
x = 1
def f():
    return x
class C:
    y = x + 1
""", g, l)
except NameError as e:
    print("class body cannot see exec locals:", e)
exec("""
x = 1
def f():
    return x
class C:
    y = 2
""", g, l)
print(sorted(l), sorted(k for k in g if k != "__builtins__"))
try:
    l["f"]()
except NameError as e:
    print(e)
print(l["C"].y)
g2 = {}
exec("""
def outer():
    v = 'closure'
    def inner():
        return v
    return inner
result = outer()()
""", g2)
print(g2["result"])
ns = {"value": 10}
exec("value += 5", ns)
print(ns["value"])
exec("import math\nr = math.floor(2.5)", ns)
print(ns["r"], "math" in ns)
code = compile("q = 7", "<c>", "exec")
d = {}
exec(code, d)
print(d["q"])
print(eval("lambda: 42")())
print(eval("[i * i for i in range(n)]", {"n": 4}))
print(eval("(lambda: n)()", {"n": "global"}, {"n": "local"}))
print(eval("[n for _ in range(1)]", {"n": "g"}, {"n": "l"}))
