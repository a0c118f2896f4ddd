import importlib, sys
importlib.invalidate_caches()
print(importlib.__name__, sorted(n for n in importlib.__all__))
import importlib.util
print(importlib.util.resolve_name(".x", "a.b"), importlib.util.resolve_name("..x", "a.b"))
try:
    importlib.util.resolve_name("...x", "a.b")
except ImportError as e:
    print(e)
try:
    importlib.util.resolve_name(".x", None)
except ImportError as e:
    print(e)
