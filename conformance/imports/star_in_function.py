src = "def f():\n    from _star_all import *\n"
try:
    compile(src, "<s>", "exec")
except SyntaxError as e:
    print(e)
