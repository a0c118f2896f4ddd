# __getattr__, __getattribute__, __setattr__, __delattr__.
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append(("get", name))
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self.log.append(("set", name))
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        delattr(self._target, name)

class Target:
    pass
t = Target()
t.a = 1
p = Proxy(t)
print(p.a)
p.b = 2
print(t.b)
del p.a
print(hasattr(t, "a"), p.log)
try:
    p.nothing
except AttributeError as e:
    print(type(e).__name__, e)

class Everything:
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(f"{name} is hidden")
        if name == "computed":
            return "from __getattribute__"
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"fallback {name}"
e = Everything()
e.real = "real"
print(e.real, e.computed, e.secret_key, e.missing)

class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: frozen")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}: frozen")
f = Frozen(1)
for action in (lambda: setattr(f, "v", 2), lambda: delattr(f, "v")):
    try:
        action()
    except AttributeError as err:
        print(type(err).__name__, err)
print(f.v)
print(getattr(f, "missing", "default"), hasattr(f, "v"), hasattr(f, "w"))
class GetattrRaisesOther:
    def __getattr__(self, name):
        raise KeyError(name)
try:
    hasattr(GetattrRaisesOther(), "x")
except KeyError as err:
    print("hasattr propagates", repr(err))
try:
    getattr(f, 5)
except TypeError as err:
    print(type(err).__name__, err)
