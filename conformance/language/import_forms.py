# import forms with modules Sanca and CPython both have: aliases, from-import, star, inside functions.
import math as m, sys
from math import sqrt as root, pi
from collections import OrderedDict, deque
print(m.floor(2.5), root(16), round(pi, 2), type(sys).__name__)
def local_import():
    import math
    from math import tau
    return math.ceil(1.2), tau > 6, "math" in dir()
print(local_import())
ns = {}
exec("from math import *", ns)
print("sqrt" in ns, "_" + "x" in ns, ns["floor"](3.7))
try:
    from math import no_such_name
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    import no_such_module_abc
except ModuleNotFoundError as e:
    print(e, e.name)
print(sys.modules["math"] is m, __name__)
import collections.abc
print(collections.abc.Sequence.__name__)
for src in ["from . import x", "import a as", "from x import (a, b,)", "from x import *, y", "def f():\n from math import *"]:
    try:
        compile(src, "<i>", "exec")
        print("compiles")
    except SyntaxError as e:
        print("SyntaxError", e.msg)
