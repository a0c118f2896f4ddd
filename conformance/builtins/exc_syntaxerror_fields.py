# SyntaxError constructed by hand and raised by compile(): msg, filename, lineno, offset, text, end fields, str.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
e = SyntaxError("bad", ("f.py", 3, 5, "line text\n", 3, 8))
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, str(e), e.args)
e = SyntaxError("only msg"); print(e.msg, e.filename, e.lineno, str(e), e.print_file_and_line)
print(str(SyntaxError("m", ("dir/f.py", 1, 1, None))), str(SyntaxError("m", (None, 7, 1, None))), str(SyntaxError()))
t(lambda: SyntaxError("m", (1, 2)))
t(lambda: SyntaxError("m", (1, 2, 3, 4, 5, 6, 7)))
t(lambda: SyntaxError("m", 5))
print(SyntaxError("a", "b", "c").args, SyntaxError("a", "b", "c").msg)
try:
    compile("x = (1,", "src.py", "exec")
except SyntaxError as err:
    print(err.msg, err.filename, err.lineno, err.offset, repr(err.text), err.end_lineno, err.end_offset)
try:
    compile("  x = 1", "ind.py", "exec")
except IndentationError as err:
    print(type(err).__name__, err.msg, err.lineno, err.offset, repr(err.text))
try:
    compile("if 1:\n\tx\n        y", "tab.py", "exec")
except SyntaxError as err:
    print(type(err).__name__, err.msg)
print(issubclass(TabError, IndentationError), issubclass(IndentationError, SyntaxError))
