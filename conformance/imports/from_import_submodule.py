from pkg import mod_a
import sys
print(mod_a is sys.modules["pkg.mod_a"])
print(hasattr(sys.modules["pkg"], "mod_a"))
from pkg.sub import deep
print(deep.DEEP)
