"""module doc"""
import sys
def f():
    "function doc"
assert False, "skipped"
print(__doc__, f.__doc__, sys.flags.optimize, __debug__)
