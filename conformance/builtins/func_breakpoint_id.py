# breakpoint() routed through sys.breakpointhook, and id() identity properties.
import sys
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
calls = []
def hook(*a, **k):
    calls.append((a, k))
    return "hooked"
sys.breakpointhook = hook
print(breakpoint(), breakpoint(1, x=2), calls)
sys.breakpointhook = None
t(lambda: breakpoint())
del sys.breakpointhook
t(lambda: breakpoint())
a = []
print(id(a) == id(a), id(a) != id([]), type(id(a)).__name__, id(None) == id(None), id(1) == id(1))
t(lambda: id())
t(lambda: id(1, 2))
