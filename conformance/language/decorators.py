# Decorators: plain, with arguments, stacked, class decorators, functools.wraps.
import functools

def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kw):
        print("call", fn.__name__, args, kw)
        result = fn(*args, **kw)
        print("ret", result)
        return result
    return wrapper

def repeat(times):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(times)]
        return wrapper
    return deco

@trace
def add(a, b=0):
    "Adds."
    return a + b

add(1, b=2)
print(add.__name__, add.__doc__, add.__wrapped__.__name__)

@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bob"))

order = []
def mark(label):
    order.append("make " + label)
    def deco(fn):
        order.append("apply " + label)
        return fn
    return deco

@mark("outer")
@mark("inner")
def marked():
    pass
print(order)

def register(cls):
    cls.registered = True
    return cls

@register
class Widget:
    pass
print(Widget.registered)

@lambda f: f()
def evaluated():
    return "immediately called"
print(evaluated)

registry = {}
@registry.setdefault('fns', []).append
def weird():
    pass
print(weird, [f.__name__ for f in registry['fns']])

def returns_none(fn):
    return None
@returns_none
def gone():
    pass
print(gone)
