# compile(): modes, flags, the code object's attributes, SyntaxError fields and argument errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
c = compile("x = 1\ny = x + 1", "<file>", "exec")
print(type(c).__name__, c.co_filename, c.co_name, sorted(c.co_names))
ns = {}; exec(c, ns); print(ns["y"])
e = compile("1 + 1", "f.py", "eval"); print(eval(e), e.co_filename)
s = compile("print('single')", "<s>", "single"); exec(s)
t(lambda: compile("x", "f", "bogus"))
t(lambda: compile("x = ", "f", "exec"))
t(lambda: compile("x = 1", "f", "eval"))
t(lambda: compile(1, "f", "exec"))
t(lambda: compile("x"))
try:
    compile("a = (1,\n", "mod.py", "exec")
except SyntaxError as err:
    print(err.msg, err.filename, err.lineno)
try:
    compile("def f():\nreturn", "ind.py", "exec")
except SyntaxError as err:
    print(type(err).__name__, err.msg, err.lineno, err.filename)
print(compile("pass", "f", "exec", dont_inherit=True).co_filename, compile(b"1", "f", "eval").co_name)
