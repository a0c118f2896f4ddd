# yield expression forms: bare yield, yield tuples, yield as an argument, precedence with send.
def g():
    x = yield
    print("x", x)
    y = yield 1, 2
    print("y", y)
    z = (yield) + 10
    print("z", z)
    print("arg", (yield "in call"))
    w = yield from (i for i in [7])
    print("w", w)
    return "end"
it = g()
print(next(it))
print(it.send("a"))
print(it.send("b"))
print(it.send(5))
print(it.send("c"))
try:
    it.send(None)
except StopIteration as e:
    print("stop", e.value)
def lam_gen():
    return (lambda: (yield 1))()
print(list(lam_gen()))
def in_call():
    print("got", (yield "only"))
print(list(in_call()))
for src in ["def f():\n    x = yield = 1", "[(yield) for x in y]", "def f():\n    return (yield from)"]:
    try:
        compile(src, "<y>", "exec")
        print("ok")
    except SyntaxError as e:
        print("SyntaxError", e.msg)
