top = __import__("pkg.sub.helper")
print(top.__name__)
leaf = __import__("pkg.sub.helper", fromlist=["help_me"])
print(leaf.__name__)
sub = __import__("pkg.sub", globals(), None, ["helper"], 0)
print(sub.__name__, sub.helper.__name__)
rel = __import__("mod_a", {"__package__": "pkg", "__name__": "pkg.x"}, None, ["A_VALUE"], 1)
print(rel.__name__)
rel2 = __import__("", {"__package__": "pkg.sub"}, None, ["deep"], 2)
print(rel2.__name__, rel2.mod_a.__name__)
try:
    __import__("")
except ValueError as e:
    print(e)
try:
    __import__("x", {}, None, [], -1)
except ValueError as e:
    print(e)
try:
    __import__("x", {}, None, [], 1)
except KeyError as e:
    print("KeyError", e)
try:
    __import__("x", {"__name__": "toplevel"}, None, [], 1)
except ImportError as e:
    print(e)
