try:
    import pkg.missing_rel
except ImportError as e:
    print(type(e).__name__, e)
    print(e.name)
