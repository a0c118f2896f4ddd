import sys, math
print(math.__name__, math.__spec__.origin, math.__loader__.__name__)
print(hasattr(math, "__file__"))
print("math" in sys.builtin_module_names, "sys" in sys.builtin_module_names)
import math as m2
print(m2 is math)
