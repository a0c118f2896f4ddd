# Module-level __getattr__ and __dir__ (PEP 562) on a module object built at runtime.
import sys
import types
mod = types.ModuleType("dynmod")
mod.__getattr__ = lambda name: f"computed {name}" if name.startswith("x") else (_ for _ in ()).throw(AttributeError(name))
print(mod.xyz)
try:
    mod.other
except AttributeError as e:
    print("AttributeError", e)
sys.modules["dynmod"] = mod
from dynmod import xray
print(xray)
