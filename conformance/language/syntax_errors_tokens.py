# compile() SyntaxError messages for tokenizer/parser-level mistakes.
sources = [
    "x = (1, 2",
    "x = [1, 2)",
    "x = 1)",
    "print 'hello'",
    "if x\n    pass\n",
    "while True print(1)",
    "x = 'unterminated",
    'x = """never closed',
    "x = 1 +",
    "def f(:\n    pass",
    "a b",
    "x = [1 2]",
    "f(a b)",
    "x = 0777",
    "x = 1_",
    "x = 0b102",
    "x = 1.2.3",
    "else:\n    pass",
    "if True:\npass",
    "  x = 1",
    "def f():\n\tif x:\n        pass\n\telse:\n\t\tpass",
    "x = $",
    "class C(:\n    pass",
    "import",
    "from x import",
    "x = {1: 2, 3}",
    "f'{'",
    "f'{}'",
    "f'{x!z}'",
    "x = 5 if y",
    "lambda x=1, y: 0",
    "def f(*): pass",
    "def f(**k, a): pass",
    "x := 5",
    "a = 1 if 2 else",
]
for src in sources:
    try:
        compile(src, "<tok>", "exec")
        print("compiled OK:", repr(src))
    except SyntaxError as e:
        print(f"{type(e).__name__}: {e.msg} | line {e.lineno} col {e.offset}")
