# Metaclasses: __new__, __init__, __call__, keyword arguments, inheritance of metaclass.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kw):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args, **kw)

class A(metaclass=Meta, tag="alpha"):
    def __init__(self, v):
        print("A.__init__", v)
        self.v = v
a = A(5)
print(a.v, A.tag, type(A).__name__)
class B(A):
    pass
print(B.tag, type(B).__name__)
b = B(6)

class Singleton(type):
    _instances = {}
    def __call__(cls, *a):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    pass
print(Config() is Config())

class M1(type): pass
class M2(type): pass
class X(metaclass=M1): pass
class Y(metaclass=M2): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print(type(e).__name__, e)
class Counting(type):
    count = 0
    def __new__(m, *a):
        m.count += 1
        return super().__new__(m, *a)
class P(metaclass=Counting): pass
class Q(P): pass
print(Counting.count, isinstance(P, Counting), isinstance(P, type))
class Repr(type):
    def __repr__(cls):
        return f"<class via meta {cls.__name__}>"
class R(metaclass=Repr): pass
print(R, [R])
