e = ImportError("msg", name="n", path="p")
print(e, e.name, e.path, e.args)
e2 = ModuleNotFoundError("m")
print(e2.name, e2.path, e2.msg)
try:
    ImportError("x", bogus=1)
except TypeError as t:
    print(t)
print(ModuleNotFoundError.__mro__)
