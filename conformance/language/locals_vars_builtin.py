# locals(), vars(), globals(), dir() in functions, classes and modules.
def f(a, b=2):
    c = a + b
    return sorted(locals())
print(f(1))
def snapshot():
    x = 1
    l = locals()
    y = 2
    return sorted(l), sorted(locals())
print(snapshot())
class C:
    p = 1
    q = p + 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(C.names)
class D:
    def __init__(self):
        self.a = 1
        self.b = 2
print(vars(D()), sorted(vars(D)) == sorted(D.__dict__))
try:
    vars(1)
except TypeError as e:
    print(e)
print(locals() is globals(), vars() is globals())
def closure():
    v = "cell"
    def inner():
        return locals()
    def uses():
        return v, locals()
    return inner(), uses()
print(closure())
def dir_local():
    z = 1
    return dir()
print(dir_local())
print(type(globals()).__name__, "__name__" in globals())
try:
    vars(1, 2)
except TypeError as e:
    print(e)
def modify():
    x = 1
    locals()["x"] = 2
    return x
print(modify())
