# SyntaxErrors about global/nonlocal/return/yield placement reported by compile().
cases = [
    "def f():\n    x = 1\n    global x",
    "def f():\n    print(x)\n    global x",
    "def f(x):\n    global x",
    "def f():\n    nonlocal y",
    "nonlocal y",
    "return 1",
    "yield 1",
    "class C:\n    return 1",
    "class C:\n    yield 1",
    "def f():\n    x: int = 1\n    global x",
    "def f():\n    global x\n    x: int = 1",
    "break",
    "continue",
    "def f():\n    for i in []:\n        pass\n    continue",
    "async def f():\n    yield from x",
    "def f():\n    async with x:\n        pass",
    "def f():\n    async for x in y:\n        pass",
    "[x async for x in y]",
    "lambda: (yield)",
]
for src in cases:
    try:
        compile(src, "<c>", "exec")
        print("compiles:", src.replace("\n", "|"))
    except SyntaxError as e:
        print(f"{e.lineno}: {e.msg}")
