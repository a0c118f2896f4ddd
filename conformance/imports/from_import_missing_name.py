try:
    from pkg.mod_a import nope
except ImportError as e:
    print(type(e).__name__, e)
    print(e.name, e.name_from if hasattr(e, "name_from") else None)
    print(e.path)
try:
    from pkg import nothing_here
except ImportError as e:
    print(type(e).__name__, e)
    print(e.name)
