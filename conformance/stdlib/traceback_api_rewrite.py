import io
import sys
import traceback


def boom(n):
    if n == 0:
        raise RuntimeError("bottom")
    return boom(n - 1)


try:
    boom(6)
except RuntimeError as e:
    err = e

tb = err.__traceback__
frames = list(traceback.walk_tb(tb))
print(len(frames), [f.f_code.co_name for f, _ in frames][:2])
summary = traceback.extract_tb(tb)
print(len(summary), [fs.name for fs in summary])
lines = summary.format()
print(len(lines))
print(lines[-1], end="")
print(lines[4], end="")
print(traceback.extract_tb(tb, limit=2)[-1].name, traceback.extract_tb(tb, limit=-2)[0].name)

# old-style arguments and the both-or-neither rule
try:
    traceback.format_exception(type(err), err)
except ValueError as v:
    print("ValueError:", v)
try:
    traceback.print_exception(type(err), tb=tb)
except ValueError as v:
    print("ValueError:", v)
print(traceback.format_exception(type(err), err, tb)[-1], end="")
print(traceback.format_exception_only(type(err), err))

# printing to a file
buf = io.StringIO()
traceback.print_exception(err, file=buf, limit=1)
print(buf.getvalue().splitlines()[0], buf.getvalue().splitlines()[-1])
buf = io.StringIO()
traceback.print_tb(tb, limit=1, file=buf)
print(buf.getvalue().count("\n"), buf.getvalue().split(",")[1])
buf = io.StringIO()
traceback.print_list([("x.py", 1, "f", "a = 1"), ("y.py", 2, "g", "")], file=buf)
print(buf.getvalue(), end="")

# print_exc / format_exc inside a handler
try:
    {}["k"]
except KeyError:
    text = traceback.format_exc()
    print(text.splitlines()[0], text.splitlines()[-1])
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(buf.getvalue() == text)
print(repr(traceback.format_exc()))

# print_last
for name in ("last_exc", "last_type", "last_value", "last_traceback"):
    if hasattr(sys, name):
        delattr(sys, name)
try:
    traceback.print_last()
except ValueError as v:
    print("ValueError:", v)
sys.last_type, sys.last_value, sys.last_traceback = type(err), err, tb
buf = io.StringIO()
traceback.print_last(file=buf)
print(buf.getvalue().splitlines()[-1])
del sys.last_type, sys.last_value, sys.last_traceback

# FrameSummary behaviour
a = traceback.FrameSummary("f.py", 3, "fn", line="  x = 1  ", locals={"b": [1], "a": "s"})
b = traceback.FrameSummary("f.py", 3, "fn", line="x = 1", locals={"b": [1], "a": "s"})
c = traceback.FrameSummary("f.py", 3, "fn", line="x = 1")
print(a == b, a == c, a == ("f.py", 3, "fn", "x = 1"), a != ("f.py", 4, "fn", "x = 1"))
print(a[0], a[1:], a[-1], list(a), len(a), a.locals)
print(a.__eq__(5), repr(a))
filename, lineno, name, line = a
print(filename, lineno, name, line)
print(traceback.FrameSummary("nowhere.py", None, "f").line)
print(traceback.FrameSummary("nowhere.py", 5, "f", lookup_line=False).line)
print(traceback.StackSummary().format_frame_summary(a), end="")
mixed = traceback.StackSummary.from_list([a, ("g.py", 7, "gn", "y()")])
print(type(mixed).__name__, [fs.filename for fs in mixed], mixed[1].line)
print(traceback.format_list(mixed), end="\n")


def inner():
    return traceback.extract_stack(limit=2), traceback.format_stack(limit=1)


stack, formatted = inner()
print([fs.name for fs in stack], len(formatted), formatted[0].split(",")[2])


def printer():
    out = io.StringIO()
    traceback.print_stack(limit=1, file=out)
    return out.getvalue()


print(printer().split(",")[2])
caller = sys._getframe()
print(traceback.extract_stack(caller)[-1].name)

# TracebackException
te = traceback.TracebackException(type(err), err, tb, limit=3)
print(len(te.stack), str(te), te.exc_type.__name__, te.__cause__, te.__context__)
same = traceback.TracebackException.from_exception(err, limit=3)
print(te == same, te == 1, te.__eq__(1))
out = io.StringIO()
te.print(file=out)
print(out.getvalue().splitlines()[-1])
try:
    compile("a = (1,\n  2", "src.py", "exec")
except SyntaxError as s:
    ts = traceback.TracebackException.from_exception(s)
    print(repr(ts.filename), repr(ts.lineno), repr(ts.end_lineno), repr(ts.text.rstrip()), ts.offset,
          ts.end_offset, ts.msg)
    print("".join(ts.format_exception_only()), end="")
try:
    try:
        raise KeyError("inner")
    except KeyError as k:
        raise ValueError("outer") from k
except ValueError as v:
    tv = traceback.TracebackException.from_exception(v)
    print(type(tv.__cause__).__name__, tv.__cause__.exc_type.__name__, tv.__suppress_context__)
    print(sum(1 for line in tv.format() if "direct cause" in line),
          sum(1 for line in tv.format(chain=False) if "direct cause" in line))
traceback.clear_frames(tb)
print(traceback.format_tb(None), list(traceback.walk_tb(None)))
print(sorted(traceback.__all__))
