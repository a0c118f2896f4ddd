# Importing a module file next to the script: attributes, caching, __all__, star import.
import sys
import _helper_geometry
import _helper_geometry as geo
from _helper_geometry import area, PI as pi_value
print(_helper_geometry is geo, geo.__name__, area(2), pi_value, geo.loaded_count)
import _helper_geometry
print("second import does not re-run the module", "_helper_geometry" in sys.modules)
ns = {}
exec("from _helper_geometry import *", ns)
print(sorted(k for k in ns if k != "__builtins__"))
print(geo._private(), hasattr(geo, "divide"), geo.__all__)
import importlib
reloaded = importlib.reload(geo)
print(reloaded is geo, geo.loaded_count)
print(type(geo).__name__, geo.__doc__, geo.__file__.endswith("_helper_geometry.py"))
try:
    from _helper_geometry import does_not_exist
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
