# compile() errors about scopes, walrus, starred expressions and async/yield placement.
sources = [
    "def f(x):\n    global x\n",
    "def f(x):\n    nonlocal x\n",
    "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n",
    "def f():\n    print(x)\n    global x\n",
    "[i := 0 for i in range(3)]",
    "[x for x in (y := [1, 2])]",
    "class C:\n    [(z := 1) for _ in range(1)]\n",
    "(a.b := 1)",
    "(a[0] := 1)",
    "x = *a",
    "print(**a for a in b)",
    "del *a",
    "f(*)",
    "a = (*b)",
    "[*a for a in b]",
    "{**a for a in b}",
    "async def f():\n    return [x for x in range(3) if (yield x)]\n",
    "async def f():\n    yield 1\n    return 2\n",
    "def f():\n    x = [(yield) for _ in range(1)]\n",
    "def f():\n    await g()\n",
    "lambda: await x",
    "def f[T, T](): pass",
    "class C[T]:\n    nonlocal T\n",
    "type X = (yield)",
    "def f():\n    from math import *\n",
    "import a.b as",
    "for x in range(3):\n    pass\nelse:\n    continue\n",
    "while True:\n    def f():\n        break\n",
]
for src in sources:
    try:
        compile(src, "<scope>", "exec")
        print("compiled OK")
    except SyntaxError as e:
        print(f"{type(e).__name__}: {e.msg} (line {e.lineno})")
