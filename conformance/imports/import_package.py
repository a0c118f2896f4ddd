import pkg
print(pkg.INIT_VALUE)
print(pkg.__name__, pkg.__package__)
print(pkg.__file__)
print(pkg.__path__)
print(type(pkg.__path__).__name__)
print(sorted(k for k in dir(pkg) if not k.startswith("__")))
