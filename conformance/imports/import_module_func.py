import importlib
m = importlib.import_module("pkg.mod_a")
print(m.__name__, m.A_VALUE)
r = importlib.import_module(".sub.helper", "pkg")
print(r.__name__)
r2 = importlib.import_module("..mod_a", "pkg.sub")
print(r2 is m)
try:
    importlib.import_module(".x")
except TypeError as e:
    print(e)
try:
    importlib.import_module("nothing_like_this")
except ModuleNotFoundError as e:
    print(e)
try:
    importlib.import_module("...x", "pkg")
except ImportError as e:
    print(e)
