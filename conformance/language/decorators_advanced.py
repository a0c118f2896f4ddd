# Decorators: order, arguments, classes, arbitrary expressions, functools.wraps.
import functools
def trace(label):
    def deco(fn):
        print("decorating", fn.__name__, "with", label)
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            print("call", label, fn.__name__, args, kwargs)
            return fn(*args, **kwargs)
        return wrapper
    return deco
@trace("outer")
@trace("inner")
def add(a, b=0):
    "adds"
    return a + b
print(add(1, b=2), add.__name__, add.__doc__, add.__wrapped__.__name__)
registry = {}
def register(cls):
    registry[cls.__name__] = cls
    return cls
@register
class Thing:
    pass
print(registry)
decorators = [lambda f: f, lambda f: (lambda: f() * 2)]
@decorators[1]
def five():
    return 5
print(five())
class Holder:
    def __init__(self): self.calls = 0
    def count(self, f):
        def w():
            self.calls += 1
            return f()
        return w
h = Holder()
@h.count
def nothing():
    return "n"
nothing(); nothing()
print(h.calls)
@(lambda c: setattr(c, "tag", "tagged") or c)
class Tagged: pass
print(Tagged.tag)
def deco_returning_none(f):
    return None
@deco_returning_none
def gone(): pass
print(gone)
order = []
def mk(n):
    order.append(("made", n))
    def d(f):
        order.append(("applied", n))
        return f
    return d
@mk(1)
@mk(2)
def z(): pass
print(order)
class C:
    @property
    def p(self): return "prop"
    @p.setter
    def p(self, v): print("set", v)
    @staticmethod
    @functools.lru_cache
    def cached(x): return x * 2
c = C(); c.p = 3
print(c.p, C.cached(4))
