# The traceback module formats exceptions and stacks like the interpreter does.
import traceback, sys

def inner(x):
    return 10 // x

def outer(x):
    return inner(x) + 1

try:
    outer(0)
except ZeroDivisionError:
    text = traceback.format_exc()
    print(text, end="")
    et, ev, tb = sys.exc_info()
    frames = traceback.extract_tb(tb)
    print([(f.name, f.lineno, f.line) for f in frames])
    print(traceback.format_exception_only(et, ev))

try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    lines = traceback.format_exception(e)
    print("".join(lines), end="")

def where():
    return traceback.extract_stack()[-1]
fs = where()
print(fs.name, fs.lineno, fs.line)
traceback.print_exc(file=sys.stdout)
try:
    raise TypeError("printed to stdout")
except TypeError:
    traceback.print_exc(file=sys.stdout)
e = ValueError("no traceback")
print(traceback.format_exception(e), traceback.format_exception_only(e))
try:
    exec("x = (1 +")
except SyntaxError as se:
    print("".join(traceback.format_exception_only(se)), end="")
