# Descriptors found on classes through the MRO, __get__ with owner, and __set_name__ order.
class Tracked:
    def __init__(self, default):
        self.default = default
    def __set_name__(self, owner, name):
        print(f"__set_name__({owner.__name__}, {name})")
        self.name = name
    def __get__(self, obj, owner):
        if obj is None:
            return f"<Tracked {self.name} on {owner.__name__}>"
        return obj.__dict__.get(self.name, self.default)
    def __set__(self, obj, value):
        print(f"set {self.name}={value!r} on {type(obj).__name__}")
        obj.__dict__[self.name] = value
class Base:
    a = Tracked(1)
    b = Tracked(2)
class Sub(Base):
    c = Tracked(3)
s = Sub()
print(Sub.a, Sub.c, s.a, s.c)
s.a = 10
print(s.a, Base().a)
class Override(Sub):
    a = "plain class attribute"
print(Override.a, Override().a, Override().b)
class ValidatedMeta(type):
    def __new__(m, name, bases, ns):
        cls = super().__new__(m, name, bases, ns)
        print("fields:", [k for k, v in ns.items() if isinstance(v, Tracked)])
        return cls
class Model(metaclass=ValidatedMeta):
    x = Tracked(0)
    y = Tracked(0)
print(vars(Model())["x"] if "x" in vars(Model()) else "x not in instance dict")
class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, owner):
        if obj is None:
            return self
        value = self.fn(obj)
        setattr(obj, self.fn.__name__, value)
        return value
class Thing:
    @Lazy
    def heavy(self):
        print("computing heavy once")
        return 99
th = Thing()
print(th.heavy, th.heavy, "heavy" in vars(th), type(Thing.heavy).__name__)
