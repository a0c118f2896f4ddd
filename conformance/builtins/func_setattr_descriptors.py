# setattr/getattr/delattr through descriptors: __set_name__, data vs non-data descriptors, __setattr__ overrides.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class D:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, typ=None):
        return f"get {self.name}"
    def __set__(self, obj, v):
        obj.__dict__["_" + self.name] = v
    def __delete__(self, obj):
        print("delete", self.name)
class C:
    attr = D()
c = C()
setattr(c, "attr", 5); print(getattr(c, "attr"), c.__dict__)
delattr(c, "attr")
class NonData:
    def __get__(self, obj, typ=None):
        return "nondata"
class E:
    nd = NonData()
e = E(); print(getattr(e, "nd")); setattr(e, "nd", "instance"); print(getattr(e, "nd"))
class Guard:
    def __setattr__(self, n, v):
        if n.startswith("_"):
            raise AttributeError(f"private {n}")
        object.__setattr__(self, n, v)
    def __delattr__(self, n):
        raise TypeError("no deleting")
g = Guard(); setattr(g, "ok", 1); print(g.ok)
t(lambda: setattr(g, "_p", 1))
t(lambda: delattr(g, "ok"))
t(lambda: object.__setattr__(1, "x", 2))
t(lambda: object.__getattribute__(1, 5))
