# Modules created at run time: types.ModuleType, sys.modules injection, attribute errors.
import sys, types
mod = types.ModuleType("virtual", "A virtual module.")
mod.value = 42
def helper():
    return "helper called"
mod.helper = helper
sys.modules["virtual"] = mod
import virtual
print(virtual is mod, virtual.value, virtual.helper(), virtual.__doc__, virtual.__name__)
from virtual import value as v
print(v)
try:
    from virtual import missing
except ImportError as e:
    print(type(e).__name__, e)
try:
    virtual.missing
except AttributeError as e:
    print(type(e).__name__, e)
mod.__all__ = ["value"]
ns = {}
exec("from virtual import *", ns)
print(sorted(k for k in ns if k != "__builtins__"))
mod.__getattr__ = lambda name: f"dynamic {name}"
print(virtual.anything)
print(repr(types.ModuleType("m2")))
print(type(sys).__name__, isinstance(virtual, types.ModuleType))
del sys.modules["virtual"]
try:
    import virtual as again
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e)
