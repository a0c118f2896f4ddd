# Metaclasses that rewrite the namespace: auto properties, method wrapping, and class decorator order.
def trace_calls(fn):
    def wrapper(*a, **k):
        print(f"call {fn.__qualname__}")
        return fn(*a, **k)
    wrapper.__qualname__ = fn.__qualname__
    return wrapper
class Traced(type):
    def __new__(mcls, name, bases, ns):
        print("Traced.__new__", name)
        for key, val in list(ns.items()):
            if callable(val) and not key.startswith("__"):
                ns[key] = trace_calls(val)
        fields = ns.get("fields", ())
        for f in fields:
            ns[f] = property(lambda self, f=f: self._values[f])
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns):
        print("Traced.__init__", name)
        super().__init__(name, bases, ns)
def decorate(cls):
    print("class decorator runs after the metaclass for", cls.__name__)
    cls.decorated = True
    return cls
@decorate
class Record(metaclass=Traced):
    fields = ("x", "y")
    def __init__(self, **values):
        self._values = values
    def total(self):
        return self.x + self.y
    def __init_subclass__(cls, **kw):
        print("__init_subclass__", cls.__name__)
r = Record(x=1, y=2)
print(r.x, r.y, r.total(), Record.decorated, type(Record.x).__name__)
class Sub(Record):
    fields = ("z",)
    def extra(self):
        return "extra"
s = Sub(x=1, y=1, z=5)
print(s.z, s.extra(), s.total(), hasattr(Sub, "decorated"))
