# Assignment expressions: scopes in comprehensions, functions, and where they are forbidden.
data = [1, 5, 10, 15]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 5], y)
def f():
    [last := v for v in range(4)]
    return last
print(f())
total = 0
print([total := total + v for v in data], total)
def g():
    def inner():
        return [z := i for i in "ab"]
    r = inner()
    return r, "z" in dir()
print(g())
while (chunk := data[:2]):
    print(chunk)
    data = data[2:]
print((k := 3) + k)
for src in ["[i := 0 for i in range(3)]", "[x for x in (x := [1])]", "class C: [(q := 1) for _ in range(1)]",
            "def h(): [j for j in range(2) if (j := 1)]", "(a.b := 1)", "x := 1"]:
    try:
        compile(src, "<w>", "exec")
        print("compiles", src)
    except SyntaxError as e:
        print("SyntaxError", e.msg)
def lam():
    return (lambda: (w := 5))(), "w" in locals()
print(lam())
