# exec/eval/compile with their modes, dictionaries and return values.
code = compile("a = 1\nb = a + 1", "<m>", "exec")
ns = {}
print(exec(code, ns), ns["b"], "__builtins__" in ns)
e = compile("a * 10", "<e>", "eval")
print(eval(e, {"a": 4}))
s = compile("1 + 1", "<s>", "single")
exec(s)
exec(compile("x = 5\nx", "<s2>", "single" if False else "exec"))
print(eval("len(v)", {"v": [1, 2]}), eval("v", {}, {"v": "local"}))
g = {"v": "global"}
print(eval("v", g, {}) if False else eval("v", g))
print(type(code).__name__, code.co_name, code.co_filename, e.co_name)
try:
    compile("x = ", "<bad>", "exec")
except SyntaxError as err:
    print(err.msg, err.filename, err.lineno)
try:
    compile("a = 1", "<m>", "evil")
except ValueError as err:
    print(err)
try:
    eval("import os")
except SyntaxError as err:
    print(err.msg)
try:
    compile("1\n2", "<s>", "single")
except SyntaxError as err:
    print(err.msg)
print(eval(" 1 + 2 "), eval("\t3"))
print(eval(b"2 ** 5"), exec(b"pass"))
try:
    eval(42)
except TypeError as err:
    print(err)
ns = {}
exec("def f(): return 'made in exec'", ns)
print(ns["f"](), ns["f"].__module__ if hasattr(ns["f"], "__module__") else None)
ns2 = {"__name__": "custom"}
exec("def g(): pass\nclass C: pass", ns2)
print(ns2["g"].__module__, ns2["C"].__module__, ns2["C"].__qualname__)
