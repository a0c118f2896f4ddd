import traceback
try:
    compile("if True:\n        a = 1\n\tb = 2\n", "<tabs>", "exec")
except SyntaxError as e:
    print(e.offset)
    print("".join(traceback.format_exception_only(e)), end="")
try:
    compile("x = 1 +\t\n", "<t2>", "exec")
except SyntaxError as e:
    print("".join(traceback.format_exception_only(e)), end="")
