# Walrus inside comprehensions: binds in the enclosing function; forbidden forms at compile time.
def f():
    data = [3, 8, 1]
    if any((big := x) > 5 for x in data):
        return big
print(f())
def g():
    [(last := i) for i in range(3)]
    return last
print(g())
for src in ["class C:\n    [(y := 1) for _ in range(2)]", "[(i := 1) for i in range(2)]",
            "[x for x in range(2) if (x := 1)]", "def f():\n    [[(j := 0) for i in range(2)] for j in range(2)]",
            "lambda: (z := 1)", "(lambda: (z := 1))"]:
    try:
        compile(src, "<w>", "exec")
        print("compiles")
    except SyntaxError as e:
        print("SyntaxError", e.msg)
