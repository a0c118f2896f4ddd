# SyntaxError fields from compile() in modes exec, eval and single, for source with and without a
# final newline: exec input gets one (texts end with it), eval/single input ends with a token
# that has no column.
def show(src, mode):
    try:
        compile(src, "<s>", mode)
        print(repr(src), mode, "ok")
    except SyntaxError as e:
        print(repr(src), mode, type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)

for s in ["1 +", "x = (1,", "  x = 1", "x = )", "a b", "def f(:", "if x", "for", "'abc", "x = [1, 2",
          "f(a for a in b, c)", "1 = 2", "del 1", "x +=", "a = 1\nb = (", "{", "x = 1 if 2", "import", "class",
          "def f():\n  pass\n x = 1", "if 1:\npass", '"""abc', "0b2", "1_", "x = 5 $ 3", "f(**a, *b)", "True = 1",
          "a, b += 1", "f() = 1", "x = '\\N{foo}'", "yield = 1", "(x for x in y) = 1", "while 1", "x = 1;;",
          "lambda x", "print 'x'", "x = é +", "1 + 2 +"]:
    for src in (s, s + "\n"):
        for mode in ("exec", "eval", "single"):
            show(src, mode)

# "single" input: the end reads as one NEWLINE, so a one-line compound statement needs its newline.
for src in ["if 1: pass", "def f(): pass", "if 1:\n  pass", "if 1:\n  pass\n", "x = 1", "for x in y: pass\n", "class A: pass",
            "if 1:\n  x\nelse:\n  y", "@d\ndef f(): pass", "try:\n  x\nexcept:\n  y", "with a: pass", "while 1: pass\n\n",
            "if 1:\n  if 2:\n    pass", "match x:\n  case 1: pass", "if 1: pass\n  ", "", "\n", "# c", "  ", "  \n", "1\n  ",
            "1\n  # c", "x = 1\ny = 2", "if x:\n", "if x:", "if 1:\n  pass\n  ", "if 1:\n  pass\n ", "def f():\n  return 1\n\n",
            "x = 1;", "x = 1; y = 2", "1 if", "if x:\n  pass\nelse:", "for x in range(3):\n  pass\nx", "\tx", "x\n\n\n",
            "if x: pass\n# c", "async def f(): pass", "try:\n  pass\nfinally: pass", "x = lambda: 1\n   "]:
    for mode in ("exec", "eval", "single"):
        show(src, mode)
