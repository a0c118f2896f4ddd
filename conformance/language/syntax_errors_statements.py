# compile() SyntaxError messages for misplaced statements and bad targets.
sources = [
    "return 1",
    "break",
    "continue",
    "yield 1",
    "await x",
    "def f():\n    nonlocal q\n",
    "nonlocal x",
    "def f():\n    x = 1\n    global x\n",
    "def f(x, x): pass",
    "1 = x",
    "f() = 1",
    "del f()",
    "a + b += 1",
    "*a = [1]",
    "a, *b, *c = d",
    "for 1 in x: pass",
    "(a, b) += 1",
    "x = yield = 3",
    "None = 1",
    "True = 1",
    "__debug__ = 1",
    "lambda: (yield)\nclass C:\n    return 1",
    "def f():\n    class C:\n        nonlocal y\n",
    "f(x for x in y, 1)",
    "f(**k, *a)",
    "f(a=1, b)",
    "f(a=1, a=2)",
    "async def f():\n    yield from x\n",
    "try:\n    pass\nexcept* ValueError:\n    break\n",
    "[x async for x in y]",
]
for src in sources:
    try:
        compile(src, "<case>", "exec")
        print("compiled OK:", repr(src))
    except SyntaxError as e:
        print(f"{type(e).__name__}: {e.msg} (line {e.lineno})")
