# compile(): flags, dont_inherit, optimize and the code objects it returns.
import sys
c = compile("assert False, 'boom'", "<a>", "exec", optimize=2)
exec(c)
print("assert stripped with optimize=2")
c0 = compile("assert False, 'boom'", "<a>", "exec", optimize=0)
try:
    exec(c0)
except AssertionError as e:
    print("AssertionError", e)
d = compile("__debug__", "<d>", "eval", optimize=1)
print(eval(d))
print(eval(compile("__debug__", "<d>", "eval")))
c = compile("x = 1", "file.py", "exec", 0, True)
print(c.co_filename)
try:
    compile("x", "<f>", "exec", flags=0x123456789)
except (ValueError, OverflowError) as e:
    print(type(e).__name__, e)
def docs():
    "docstring"
    return 1
print(docs.__doc__)
c = compile("def f():\n    'doc'\n    return 2\n", "<o>", "exec", optimize=2)
ns = {}
exec(c, ns)
print(ns["f"].__doc__, ns["f"]())
print(compile("1", "<x>", "eval").co_consts)
