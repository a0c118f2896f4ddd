import sys
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e, e.name)
sys.modules["pkg.blocked_sub"] = None
try:
    from pkg import blocked_sub
except ImportError as e:
    print(type(e).__name__, e)
