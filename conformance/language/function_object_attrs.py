# Function object attributes: __name__, __qualname__, __module__, __dict__, __globals__, __builtins__.
def f(x):
    "doc of f"
    return x
print(f.__name__, f.__qualname__, f.__module__, f.__doc__)
f.custom = 1
print(f.__dict__, f.custom)
f.__name__ = "renamed"
f.__qualname__ = "Q.renamed"
print(f.__name__, f.__qualname__, repr(f).startswith("<function Q.renamed at"))
try:
    f.__name__ = 5
except TypeError as e:
    print(e)
print(f.__globals__ is globals(), f.__closure__, type(f.__builtins__).__name__)
try:
    del f.__name__
except TypeError as e:
    print(e)
class C:
    def m(self): pass
    class D:
        def n(self): pass
print(C.m.__qualname__, C.D.n.__qualname__, C().m.__func__ is C.m, C().m.__self__.__class__.__name__)
def outer():
    def inner(): pass
    return inner
print(outer().__qualname__)
print(callable(f), type(f).__name__, type(C().m).__name__)
def g(): pass
g.__doc__ = "set later"
print(g.__doc__)
g.__code__ = (lambda: "swapped code").__code__
print(g())
try:
    g.__code__ = 5
except TypeError as e:
    print(e)
print(f.__type_params__)
