import _dunder_getattr
print(_dunder_getattr.lazy)
from _dunder_getattr import lazy
print(lazy)
try:
    from _dunder_getattr import other
except ImportError as e:
    print(e)
