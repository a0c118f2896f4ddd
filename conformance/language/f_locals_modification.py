# frame.f_locals snapshots in functions; module frame f_locals is the globals dict.
import sys
def f():
    a = 1
    loc = sys._getframe().f_locals
    loc["a"] = 100
    b = 2
    return a, sorted(loc), sorted(sys._getframe().f_locals)
print(f())
print(sys._getframe().f_locals is globals())
def with_cell():
    c = "cell value"
    def inner():
        return c
    return sys._getframe().f_locals["c"], inner()
print(with_cell())
def params(x, *args, **kw):
    return sorted(sys._getframe().f_locals.items())
print(params(1, 2, k=3))
