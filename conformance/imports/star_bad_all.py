import sys, types
m = types.ModuleType("badall")
m.__all__ = ["ok", 3]
m.ok = 1
sys.modules["badall"] = m
try:
    from badall import *
except TypeError as e:
    print(e)
m2 = types.ModuleType("missingall")
m2.__all__ = ["absent"]
sys.modules["missingall"] = m2
try:
    from missingall import *
except AttributeError as e:
    print(e)
