import builtins
original = builtins.__import__
seen = []
def spy(name, globals=None, locals=None, fromlist=(), level=0):
    seen.append((name, fromlist, level))
    return original(name, globals, locals, fromlist, level)
builtins.__import__ = spy
import pkg.mod_a
from pkg import mod_b
import sys
builtins.__import__ = original
import _star_all
print([s for s in seen if not s[0].startswith("_")])
