# __getattribute__ overrides, __getattr__ fallback, and the object/type defaults.
class Tracing:
    def __init__(self):
        self.real = 1
    def __getattribute__(self, name):
        print("getattribute", name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        print("getattr", name)
        if name == "virtual":
            return 42
        raise AttributeError(f"no {name} here")
t = Tracing()
print(t.real)
print(t.virtual)
try:
    t.missing
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(t, "missing", "default"), hasattr(t, "virtual"))
class Raises:
    def __getattribute__(self, name):
        raise KeyError(name)
try:
    Raises().x
except KeyError as e:
    print("KeyError", e)
print(hasattr(Raises, "x"))
class AttrErrorFromProperty:
    @property
    def broken(self):
        raise AttributeError("inner failure")
    def __getattr__(self, name):
        return f"fallback for {name}"
print(AttrErrorFromProperty().broken)
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
    def __getattr__(self, name):
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        setattr(self._target, name, value)
    def __delattr__(self, name):
        delattr(self._target, name)
class Box: pass
b = Box()
p = Proxy(b)
p.x = 5
print(b.x, p.x, "x" in vars(p), vars(b))
del p.x
print(hasattr(b, "x"))
try:
    del p.nothing
except AttributeError as e:
    print(e)
class Meta(type):
    def __getattr__(cls, name):
        return f"{cls.__name__}.{name} via metaclass"
class UsesMeta(metaclass=Meta):
    real = "real"
print(UsesMeta.real, UsesMeta.anything)
try:
    UsesMeta().anything
except AttributeError as e:
    print(e)
print(object.__getattribute__(b, "__class__").__name__, type.__getattribute__(Box, "__name__"))
try:
    object.__getattribute__(b, 5)
except TypeError as e:
    print(e)
