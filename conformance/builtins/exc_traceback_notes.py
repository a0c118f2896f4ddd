# with_traceback, __traceback__, add_note and __notes__ with their type errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
e = ValueError("v")
print(e.__traceback__, e.with_traceback(None) is e)
try:
    raise e
except ValueError as caught:
    tb = caught.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_next)
f = TypeError("f").with_traceback(tb); print(f.__traceback__ is tb)
t(lambda: e.with_traceback(5))
def settb():
    e.__traceback__ = "x"
t(settb)
e.__traceback__ = None; print(e.__traceback__)
e.add_note("first"); e.add_note("second"); print(e.__notes__)
t(lambda: e.add_note(5))
t(lambda: e.add_note())
g = KeyError("k"); print(hasattr(g, "__notes__"))
g.__notes__ = "not a list"
t(lambda: g.add_note("x"))
h = Exception(); h.__notes__ = []; h.add_note("n"); print(h.__notes__)
class S(str):
    pass
h.add_note(S("sub")); print(h.__notes__, type(h.__notes__[-1]).__name__)
