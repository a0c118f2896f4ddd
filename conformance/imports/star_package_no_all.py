from pkg.sub import *
print(sorted(k for k in globals() if not k.startswith("__")))
import pkg.sub.helper
from pkg.sub import *
print(sorted(k for k in globals() if not k.startswith("__")))
