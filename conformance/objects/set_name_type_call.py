# type(name, bases, ns, **kw) runs __set_name__ and __init_subclass__ like a class statement.
class Named:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
T = type("T", (Base,), {"a": Named(), "b": 1}, flag=True)
print(T.__bases__, T.b)
U = type("U", (), {"n": Named()})
class M(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("M.__new__", name, kw)
        return super().__new__(mcls, name, bases, ns, **kw)
V = M("V", (Base,), {"x": Named()}, opt=2)
print(type(V).__name__)
try:
    type("W", (), {}, unexpected=1)
except TypeError as e:
    print("TypeError", e)
ns = {"__qualname__": "Custom.Q", "__module__": "m", "__doc__": "d"}
Q = type("Q", (), ns)
print(Q.__qualname__, Q.__module__, Q.__doc__, "__qualname__" in Q.__dict__)
try:
    type("R", (), {"__qualname__": 5})
except TypeError as e:
    print("TypeError", e)
try:
    type("S", (), {"__slots__": ["a"], "a": 1})
except ValueError as e:
    print("ValueError", e)
