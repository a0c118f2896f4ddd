# __prepare__ controls the class namespace; order of definition is preserved.
class LoggingDict(dict):
    def __setitem__(self, k, v):
        if not k.startswith('__'):
            print("define", k)
        super().__setitem__(k, v)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return LoggingDict()
    def __new__(mcls, name, bases, ns, **kw):
        print("namespace type:", type(ns).__name__)
        return super().__new__(mcls, name, bases, dict(ns))

class C(metaclass=Meta, option=1):
    b = 1
    a = 2
    def m(self): pass
print(list(k for k in C.__dict__ if not k.startswith('__')))

class NoDupes(dict):
    def __setitem__(self, k, v):
        if k in self and not k.startswith('__'):
            raise TypeError(f"duplicate attribute {k!r}")
        super().__setitem__(k, v)
class Strict(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return NoDupes()
try:
    class D(metaclass=Strict):
        x = 1
        x = 2
except TypeError as e:
    print(type(e).__name__, e)

class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42
try:
    class E(metaclass=BadPrepare):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(type.__prepare__("X", ()))
class Ordered:
    z = 1
    y = 2
    x = 3
print([k for k in Ordered.__dict__ if len(k) == 1])
