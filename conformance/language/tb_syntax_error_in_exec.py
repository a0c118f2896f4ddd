# A SyntaxError raised at run time by exec() is a normal uncaught exception with a traceback.
source = "x = 1\ny = (x +\n"
try:
    exec("1 +* 2")
except SyntaxError as e:
    print("caught:", e.msg, e.lineno, e.offset, e.filename)
def run():
    exec(source)
run()
