import importlib.util, sys
s = importlib.util.find_spec("pkg.sub.helper")
print(s.name, s.parent, s.origin.endswith("pkg/sub/helper.py"))
print("pkg.sub.helper" in sys.modules, "pkg.sub" in sys.modules)
print(importlib.util.find_spec("no_such_thing"))
print(importlib.util.find_spec("sys"))
print(importlib.util.find_spec(".mod_a", "pkg").name)
try:
    importlib.util.find_spec("pkg.mod_a.x")
except ModuleNotFoundError as e:
    print(e)
import types
m = types.ModuleType("nospec")
sys.modules["nospec"] = m
try:
    importlib.util.find_spec("nospec")
except ValueError as e:
    print(e)
