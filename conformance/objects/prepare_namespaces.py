# __prepare__ may return any mapping; a non-mapping is refused; type() needs a real dict.
class Recording(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)
class M(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return Recording()
    def __new__(mcls, name, bases, ns, **kw):
        print("namespace type", type(ns).__name__)
        return super().__new__(mcls, name, bases, dict(ns))
class C(metaclass=M, opt=1):
    x = 1
    def f(self):
        pass
print(sorted(k for k in C.__dict__ if not k.startswith("__")))
class BadPrep(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42
try:
    class D(metaclass=BadPrep):
        pass
except TypeError as e:
    print("TypeError", e)
class Mapping:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        print("mapping set", k)
        self.d[k] = v
class MapMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Mapping()
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, ns.d)
class E(metaclass=MapMeta):
    y = 2
print(E.y)
class PassThrough(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Mapping()
try:
    class F(metaclass=PassThrough):
        z = 3
except TypeError as e:
    print("TypeError", e)
print(type(type.__prepare__("n", ())).__name__, type.__prepare__("n", (), a=1))
