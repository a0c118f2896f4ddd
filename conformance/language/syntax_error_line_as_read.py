# The line a SyntaxError carries: the tokenizer's current line keeps its newline, an earlier line
# is cut before it (compile() of a string), unless "exec" input of a real file is read back from
# the file; the end offset of an error spanning lines stops one past that line.
import os
import sys
import tempfile

def show(src, mode, filename="<s>"):
    try:
        compile(src, filename, mode)
        print(repr(src), mode, "ok")
    except SyntaxError as e:
        print(repr(src), mode, type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)

srcs = ["(1,\n2", "f(**a,\n *b)\n", "x = [1,\n 2] = 3\n", "print 'x'\ny = 1\n", "f(a for a in b,\n c)\n", "(1 +\n 2) = 3\n",
        "def f(x,\n x): pass\n", "a = 1\nb = (\nc = 2\n", "if x:\n  y = (1,\n  2\nz = 3\n",
        "for x in range(10):\n  pass\n\n(1,\n2\n", "x = (1,\n2,\n3", "lambda x=1, y: x\n", "f(x\n for x in y, 1)\n",
        "[x for x in\n 1, 2]\n", "x = 1 +\n", "del (a,\n b) + 1\n", "(a, b\n for a in c) = 1\n"]
for src in srcs:
    for mode in ("exec", "eval", "single"):
        show(src, mode)

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "badmod.py")
    with open(path, "w") as f:
        f.write("x = [1,\n 2] = 3\n")
    sys.path.insert(0, d)
    try:
        import badmod
    except SyntaxError as e:
        print(repr(e.text), e.lineno, e.offset, e.end_lineno, e.end_offset)
    with open(path) as f:
        src = f.read()
    for mode in ("exec", "single"):
        try:
            compile(src, path, mode)
        except SyntaxError as e:
            print(mode, repr(e.text))
    os.chdir(d)
    try:
        compile(src, "badmod.py", "exec")
    except SyntaxError as e:
        print("relative", repr(e.text))
    os.chdir("/")
