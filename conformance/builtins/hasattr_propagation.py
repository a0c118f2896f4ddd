# __getattr__ and __getattribute__ interplay: fallbacks, exceptions that propagate, hasattr/getattr defaults.
class G:
    def __getattr__(self, name):
        if name == "dyn":
            return "dynamic"
        if name == "err":
            raise ValueError("not attribute error")
        raise AttributeError(f"no {name}")
g = G()
print(g.dyn, getattr(g, "missing", "dflt"), hasattr(g, "missing"), hasattr(g, "dyn"))
try:
    hasattr(g, "err")
except ValueError as e:
    print("ValueError", e)
class GA:
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("hidden")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback:" + name
ga = GA()
print(ga.secret, ga.other)
class Both:
    x = 1
    def __getattribute__(self, name):
        return "always"
print(Both().x, Both().anything, getattr(Both(), "y"))
class Prop:
    @property
    def p(self):
        raise AttributeError("inner")
    def __getattr__(self, name):
        return "getattr:" + name
print(Prop().p)
try:
    G().__getattr__("zzz")
except AttributeError as e:
    print("AttributeError", e, e.name if hasattr(e, "name") else "")
