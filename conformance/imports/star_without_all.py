from _star_noall import *
print(sorted(k for k in globals() if not k.startswith("__")))
print(func())
