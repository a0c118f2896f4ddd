import sys
import pkg
print(hasattr(pkg, "mod_a"))
import pkg.mod_a
print(hasattr(pkg, "mod_a"), pkg.mod_a is sys.modules["pkg.mod_a"])
del pkg.mod_a
from pkg import mod_a
print(mod_a is sys.modules["pkg.mod_a"])
