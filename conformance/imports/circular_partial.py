try:
    import circpkg.x
except ImportError as e:
    print(type(e).__name__, e)
    print(e.name)
