import importlib, sys
import _counter
first = _counter
first.extra = "kept"
again = importlib.reload(_counter)
print(again is first, again.COUNT, again.extra)
try:
    importlib.reload("not a module")
except TypeError as e:
    print(e)
import types
loose = types.ModuleType("loose_module")
try:
    importlib.reload(loose)
except ImportError as e:
    print(e)
