# __getattribute__ raising AttributeError hands over to __getattr__; other errors propagate.
class C:
    def __getattribute__(self, name):
        if name.startswith("hidden"):
            raise AttributeError(name)
        if name == "boom":
            raise ValueError("boom")
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return f"getattr({name})"
c = C()
c.real = 1
print(c.real, c.hidden_x, c.absent)
try:
    c.boom
except ValueError as e:
    print("ValueError", e)
print(getattr(c, "hidden_y", "default"), hasattr(c, "hidden_z"))
class NoGetattr:
    def __getattribute__(self, name):
        raise AttributeError("always " + name)
n = NoGetattr()
print(getattr(n, "x", "dflt"), hasattr(n, "y"))
try:
    n.z
except AttributeError as e:
    print("AttributeError", e)
class Recursing:
    def __getattr__(self, name):
        if name == "loop":
            return self.other
        raise AttributeError(f"no {name}")
try:
    Recursing().loop
except AttributeError as e:
    print("AttributeError", e)
class Typed:
    def __getattribute__(self, name):
        return name.upper()
t = Typed()
print(t.abc, t.__class__, type(t).__name__)
