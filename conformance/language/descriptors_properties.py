# Descriptors: data vs non-data precedence, property errors, __get__ on class access.
class NonData:
    def __get__(self, obj, typ):
        return "nondata" if obj is not None else "class access"
class Data:
    def __get__(self, obj, typ):
        return "data"
    def __set__(self, obj, v):
        print("Data.__set__", v)
class C:
    nd = NonData()
    d = Data()
c = C()
print(c.nd, C.nd, c.d)
c.__dict__["nd"] = "instance wins over nondata"
c.__dict__["d"] = "instance loses to data"
print(c.nd, c.d)
c.d = 5
class P:
    def __init__(self): self._v = 0
    @property
    def v(self):
        "the v"
        return self._v
    ro = property(lambda self: "read only")
print(P().v, P.v.__doc__, P().ro)
p = P()
for action in [lambda: setattr(p, "ro", 1), lambda: delattr(p, "ro"), lambda: setattr(p, "v", 1)]:
    try:
        action()
    except AttributeError as e:
        print(e)
class Lazy:
    @property
    def broken(self):
        raise AttributeError("inner missing")
    def __getattr__(self, name):
        return f"getattr fallback {name}"
print(Lazy().broken)
class Counter:
    calls = 0
    @classmethod
    def inc(cls):
        cls.calls += 1
        return cls.calls
    @staticmethod
    def st(x):
        return x * 2
print(Counter.inc(), Counter().inc(), Counter.st(3), Counter().st(4))
print(type(Counter.__dict__["inc"]).__name__, type(Counter.__dict__["st"]).__name__)
