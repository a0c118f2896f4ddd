# vars() and dir(): objects without __dict__, __dir__ results of other types, sorting, errors.
class A:
    __slots__ = ("x",)
class B:
    def __init__(self):
        self.b = 1
class D:
    def __dir__(self):
        return ("z", "a", "m")
class DL:
    def __dir__(self):
        return 42
print(vars(B()), sorted(vars(type("T", (), {"q": 1})).keys())[:3], type(vars(int)).__name__, dir(D()))
for bad in [lambda: vars(A()), lambda: vars(1), lambda: vars(1, 2), lambda: dir(DL()), lambda: dir(1, 2)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
print([n for n in dir(A) if not n.startswith("__")], "b" in dir(B()), dir(B()) == sorted(dir(B())))
import types
m = types.ModuleType("m", "doc")
m.y = 1
print(dir(m), vars(m)["y"])
def f():
    local = 1
    return dir(), vars() if False else sorted(locals())
print(f())
