# every name the builtins module offers, as CPython 3.12 lists it (site's names excluded).
import builtins
names = sorted(n for n in dir(builtins) if n not in ("copyright", "credits", "license", "exit", "quit", "help", "_") and not n.startswith("___"))
print(len(names))
for i in range(0, len(names), 8):
    print(" ".join(names[i:i + 8]))
print(builtins.__name__, type(builtins.__dict__).__name__, builtins.True_ if hasattr(builtins, "True_") else "no True_")
