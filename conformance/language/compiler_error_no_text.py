# Errors found after parsing (symbol table, code generation) read their line back from the file the
# code names: compiled from a string under "<string>" or "<s>" they carry no text, and the
# traceback shows no source line for them.
import traceback
for src in ["return 1", "nonlocal x", "def f():\n  global x\n  x = 1\n  global x\n", "break", "continue",
            "def f(a, a): pass", "x = 1\nawait x", "f(x for x in y, )", "class A:\n  nonlocal q",
            "def f():\n  x = 1\n  def g():\n    nonlocal y", "yield 1", "def f(*, a, a): pass"]:
    for mode in ("exec", "single"):
        try:
            compile(src, "<s>", mode)
            print(repr(src), mode, "ok")
        except SyntaxError as e:
            print(repr(src), mode, e.msg, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
try:
    exec("if 1:\n  return 5")
except SyntaxError:
    traceback.print_exc()
exec("def f():\n  yield\n  return 2\nbreak")
