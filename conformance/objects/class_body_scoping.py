# The class body namespace: class variables are not visible from methods or inner scopes.
x = "global"
class C:
    x = "class"
    y = x + "!"
    def method(self):
        return x
    items = [x for _ in range(1)]
    lam = lambda self: x
    names = list(locals())
print(C.y, C().method(), C.items, C().lam(), C.names)
def outer():
    z = "enclosing"
    class Inner:
        z = "class z"
        def get(self):
            return z
        w = z
    return Inner().get(), Inner.w
print(outer())
class Counter:
    count = 0
    for i in range(3):
        count += i
    del i
print(Counter.count, hasattr(Counter, "i"))
class UsesGlobal:
    global gvar
    gvar = "set from class"
print(gvar, hasattr(UsesGlobal, "gvar"))
def f():
    v = 1
    class K:
        nonlocal v
        v = 2
    return v
print(f())
class Annot:
    a: int
    b: str = "s"
print(Annot.__annotations__, hasattr(Annot, "a"), Annot.b)
class Docstring:
    "The doc."
print(Docstring.__doc__, Docstring().__doc__)
