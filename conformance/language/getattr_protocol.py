# __getattr__, __getattribute__, __setattr__, __delattr__ and their errors.
class Tracked:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append(("missing", name))
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
    def __setattr__(self, name, value):
        self.log.append(("set", name))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)
t = Tracked()
t.a = 1
print(t.a, t.dyn_hello)
del t.a
try:
    t.a
except AttributeError as e:
    print(e)
print(t.log)
print(getattr(t, "nothing", "default"), hasattr(t, "nothing"))
class All:
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError(name)
        return f"intercepted {name}"
a = All()
print(a.anything, getattr(a, "secret", "hidden"))
try:
    getattr(a, 5)
except TypeError as e:
    print(e)
try:
    object().x = 1
except AttributeError as e:
    print(e)
class Slots:
    __slots__ = ("a",)
s = Slots()
try:
    s.b = 1
except AttributeError as e:
    print(e)
try:
    s.a
except AttributeError as e:
    print(e)
