# sys.exc_info() and sys.exception() inside and after handlers, nested and in generators.
import sys
print(sys.exc_info(), sys.exception())
try:
    raise ValueError("outer")
except ValueError:
    print(sys.exc_info()[0].__name__, sys.exception())
    try:
        raise KeyError("inner")
    except KeyError:
        print(sys.exception().args)
    print("restored", sys.exception())
print("after", sys.exception())
def gen():
    try:
        raise TypeError("in gen")
    except TypeError:
        yield sys.exception()
    yield sys.exception()
g = gen()
print(repr(next(g)))
print(repr(next(g)))
try:
    raise IndexError("handled")
except IndexError:
    g2 = gen()
    print(repr(next(g2)), repr(sys.exception()))
def f():
    return sys.exception()
try:
    raise OSError("visible in callee")
except OSError:
    print(repr(f()))
try:
    1 / 0
except ZeroDivisionError:
    t, v, tb = sys.exc_info()
    print(t is type(v), tb.tb_lineno, tb.tb_frame.f_code.co_name)
