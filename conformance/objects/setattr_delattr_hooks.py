# __setattr__/__delattr__ overrides, object.__setattr__ checks, frozen-style classes.
class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}")
f = Frozen(1)
for stmt in ("f.x = 2", "f.y = 3", "del f.x"):
    try:
        exec(stmt)
    except AttributeError as e:
        print("AttributeError", e)
print(f.x)
class Log:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("del", name)
        super().__delattr__(name)
l = Log()
l.a = 1
setattr(l, "b", 2)
del l.a
delattr(l, "b")
try:
    del l.c
except AttributeError as e:
    print("AttributeError", e)
for f2 in (lambda: object.__setattr__(1, "x", 1), lambda: object.__setattr__(object(), "x", 1),
           lambda: object.__delattr__(object(), "x"), lambda: setattr(l, 5, 1), lambda: object.__setattr__(int, "x", 1),
           lambda: setattr(int, "x", 1), lambda: delattr(int, "real")):
    try:
        f2()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class Counter:
    count = 0
    def __setattr__(self, name, value):
        type(self).count += 1
        object.__setattr__(self, name, value)
c = Counter()
c.a = c.b = 1
print(Counter.count, vars(c))
