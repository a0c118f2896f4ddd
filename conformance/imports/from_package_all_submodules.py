import sys, types
pkg = types.ModuleType("virtualpkg")
pkg.__path__ = []
pkg.__all__ = ["x"]
pkg.x = 1
sys.modules["virtualpkg"] = pkg
from virtualpkg import *
print(x)
try:
    from virtualpkg import y
except ImportError as e:
    print(e)
