# Imports inside try/except for optional modules, and attributes of failed imports.
try:
    import not_a_real_module_xyz as fast
except ImportError as e:
    fast = None
    print("fallback:", type(e).__name__, e.name)
try:
    from math import floor, nonexistent_name
except ImportError as e:
    print(e.name, "nonexistent_name" in str(e))
print(fast, "floor" in dir())
def lazy():
    import math
    return math.gcd(12, 18)
print(lazy())
import math, math as m2
print(math is m2)
