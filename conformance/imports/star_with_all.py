from _star_all import *
print(sorted(k for k in globals() if not k.startswith("__")))
print(exported, _underscore_but_listed)
