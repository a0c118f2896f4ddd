# __builtins__ in globals, exec with custom builtins, globals() identity.
import builtins
ns = {"__builtins__": {"len": lambda x: "custom len"}}
exec("r = len([1, 2])", ns)
print(ns["r"])
ns2 = {"__builtins__": {}}
try:
    exec("print('x')", ns2)
except NameError as e:
    print(e)
ns3 = {}
exec("pass", ns3)
print(ns3["__builtins__"] is builtins.__dict__ or ns3["__builtins__"] is builtins)
print(globals()["__name__"], type(__builtins__).__name__ in ("module", "dict"))
g = globals()
g["dynamic_global"] = "set via globals()"
print(dynamic_global)
def f():
    return globals() is g
print(f())
