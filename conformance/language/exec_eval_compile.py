# exec, eval, compile with namespaces and modes.
print(eval("1 + 2 * 3"))
print(eval("x * 2", {"x": 21}))
print(eval("x + y", {"x": 1}, {"y": 2}))
ns = {}
exec("a = 5\ndef f(n):\n    return n + a\n", ns)
print(ns["a"], ns["f"](1), sorted(k for k in ns if k != "__builtins__"), "__builtins__" in ns)
code = compile("3 ** 2", "<expr>", "eval")
print(type(code).__name__, eval(code), code.co_filename, code.co_name)
single = compile("40 + 2", "<single>", "single")
exec(single)
mod = compile("b = 1\nb += 1", "<mod>", "exec")
g = {}
exec(mod, g)
print(g["b"])
print(exec("1 + 1"))
loc = {}
exec("z = 10", {}, loc)
print(loc)
try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset, e.text, e.filename)
try:
    eval("def f(): pass")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    compile("x", "<f>", "bogus")
except ValueError as e:
    print(type(e).__name__, e)
try:
    eval("undefined_name")
except NameError as e:
    print(type(e).__name__, e)
try:
    exec("raise KeyError('from exec')")
except KeyError as e:
    print(repr(e))
print(eval("[i for i in range(n)]", {"n": 3}))
def scope():
    local_var = 7
    return eval("local_var + 1")
print(scope())
print(eval("  2+2  \n"))
print(eval(b"'bytes source'"))
try:
    eval(5)
except TypeError as e:
    print(type(e).__name__, e)
print(eval("__name__", {"__name__": "custom"}))
