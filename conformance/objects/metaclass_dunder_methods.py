# Special methods on a metaclass act on the classes: iteration, len, contains, getitem, call, bool.
class Registry(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls.members = [k for k in ns if not k.startswith("_")]
        return cls
    def __iter__(cls):
        return iter(cls.members)
    def __len__(cls):
        return len(cls.members)
    def __contains__(cls, item):
        return item in cls.members
    def __getitem__(cls, key):
        return getattr(cls, key)
    def __bool__(cls):
        return bool(cls.members)
    def __call__(cls, *a):
        return f"called {cls.__name__} with {a}"
class Colors(metaclass=Registry):
    RED = 1
    GREEN = 2
class Empty(metaclass=Registry):
    pass
print(list(Colors), len(Colors), "RED" in Colors, "BLUE" in Colors, Colors["GREEN"], bool(Colors), bool(Empty))
print(Colors(1, 2), type(Colors).__name__)
class Ops(type):
    def __add__(cls, other):
        return f"{cls.__name__}+{other.__name__}"
    def __lt__(cls, other):
        return cls.__name__ < other.__name__
class A(metaclass=Ops): pass
class B(metaclass=Ops): pass
print(A + B, A < B, sorted([B, A]) == [A, B])
class Attr(type):
    def __getattr__(cls, name):
        return f"meta getattr {name}"
class X(metaclass=Attr):
    real = 1
print(X.real, X.missing)
try:
    X().missing
except AttributeError as e:
    print("AttributeError", e)
