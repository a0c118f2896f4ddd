import types, sys
m = types.ModuleType("made", "the doc")
print(m, m.__name__, m.__doc__, m.__package__, m.__spec__, m.__loader__)
print(type(m) is type(sys))
m.x = 1
print(m.__dict__["x"])
import pkg
print(repr(pkg))
print(repr(sys))
