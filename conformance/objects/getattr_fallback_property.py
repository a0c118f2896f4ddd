# __getattr__ runs when normal lookup raises AttributeError, including from a property getter.
class C:
    @property
    def broken(self):
        raise AttributeError("inner missing")
    @property
    def other_error(self):
        raise KeyError("k")
    @property
    def fine(self):
        return "fine"
    def __getattr__(self, name):
        return f"fallback:{name}"
c = C()
print(c.broken, c.fine, c.missing)
try:
    c.other_error
except KeyError as e:
    print("KeyError", e)
print(getattr(c, "anything"), hasattr(c, "x"))
class NoFallback:
    @property
    def broken(self):
        raise AttributeError("inner missing")
try:
    NoFallback().broken
except AttributeError as e:
    print("AttributeError", e)
class Raising:
    def __getattr__(self, name):
        raise AttributeError(f"custom {name}")
try:
    Raising().zzz
except AttributeError as e:
    print("AttributeError", e, e.name, type(e.obj).__name__)
print(getattr(Raising(), "q", "default"), hasattr(Raising(), "q"))
class GA:
    def __getattribute__(self, name):
        if name == "special":
            return "via getattribute"
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "via getattr " + name
g = GA()
print(g.special, g.nope)
g.real = 1
print(g.real)
class Dunder:
    def __getattr__(self, name):
        return lambda *a: "dunder " + name
d = Dunder()
print(d.__len__())
try:
    len(d)
except TypeError as e:
    print("TypeError", e)
