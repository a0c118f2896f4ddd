# nonlocal and global corner cases, including compile-time errors.
x = "global"
def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "inner"
        inner()
        return x
    return middle(), x
print(outer(), x)
def g():
    global x
    x = "changed"
    del x
g()
print("x" in globals())
x = "back"
def h():
    def a():
        global x
        return x
    x = "h local"
    return a(), x
print(h())
class K:
    y = 1
    def m(self):
        return y
try:
    K().m()
except NameError as e:
    print(e)
for src in [
    "nonlocal q", "def f():\n nonlocal q", "def f(a):\n global a", "def f():\n x = 1\n global x",
    "def f():\n print(x)\n global x", "def f():\n q = 1\n def g():\n  global q\n  nonlocal q",
    "def f(a):\n def g():\n  nonlocal a\n  a = 1\n return g", "class C:\n nonlocal z",
    "def f():\n x = 1\n def g(x):\n  nonlocal x",
]:
    try:
        compile(src, "<s>", "exec")
        print("ok")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = counter()
print(c(), c(), c.__closure__[0].cell_contents)
