# str subclasses: methods return plain str, __str__/__repr__ overrides, format, join, concatenation.
class Up(str):
    def __str__(self): return self.upper()
    def __repr__(self): return "Up(" + str.__repr__(self) + ")"
u = Up("hi")
print(u, repr(u), str(u), f"{u}", "%s %r" % (u, u), type(u + "x").__name__, type(u.lower()).__name__, type(u[0]).__name__, type(u * 2).__name__, type(str(u)).__name__)
print(format(u), "{}".format(u), [u], u == "hi", len(u), u.upper(), type(u.strip()).__name__, isinstance(u, str), Up.__mro__)
class Tagged(str):
    def __new__(cls, v, tag):
        o = super().__new__(cls, v)
        o.tag = tag
        return o
t = Tagged("val", 3)
print(t, t.tag, t.__dict__, type(t.replace("v", "V")).__name__, t + "!")
