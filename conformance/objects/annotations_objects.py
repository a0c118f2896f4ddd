# __annotations__ of classes, functions and instances; inheritance does not merge them.
class Base:
    a: int
    b: "str" = "x"
class Child(Base):
    c: float
print(Base.__annotations__, Child.__annotations__, "a" in Child.__annotations__)
print(hasattr(Base, "a"), Base.b, Child().b)
def f(x: int, y: "Y" = 1, *args: str, z: bool, **kw: dict) -> list:
    pass
print(f.__annotations__)
def g():
    pass
print(g.__annotations__)
g.__annotations__ = {"r": int}
print(g.__annotations__)
class Empty:
    pass
print(Empty.__dict__.get("__annotations__"), Empty.__annotations__ if False else "")
try:
    g.__annotations__ = 5
except TypeError as e:
    print("TypeError", e)
class Late:
    pass
Late.__annotations__ = {"q": int}
print(Late.__annotations__)
def h(a: (yield_val := 1)):
    return a
print(h.__annotations__, yield_val)
class WithInit:
    def __init__(self):
        self.x: int = 5
print(WithInit().x, WithInit.__dict__.get("__annotations__"))
