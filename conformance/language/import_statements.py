# import forms with stdlib modules; ImportError messages.
import math
import os.path
import os.path as osp
from collections import OrderedDict as OD, deque
from math import (
    floor,
    ceil,
)
print(math.__name__, os.path.__name__ == osp.__name__, OD.__name__, deque.__name__, floor(2.5), ceil(2.5))
import json, re
print(json.dumps([1]), re.sub("a", "b", "aa"))
ns = {}
exec("from math import *", ns)
print('pi' in ns, 'sqrt' in ns, '_' not in ''.join(k[0] for k in ns if k != '__builtins__'))
try:
    import does_not_exist_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from math import not_a_function
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    import math.nope
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError))
import sys
print('math' in sys.modules, sys.modules['math'] is math)
def local_import():
    import string
    return string.ascii_lowercase[:5]
print(local_import(), 'string' in dir())
m = __import__('math')
print(m is math)
import importlib
print(importlib.import_module('json.decoder').__name__)
try:
    exec("from . import sibling")
except ImportError as e:
    print(type(e).__name__, e)
