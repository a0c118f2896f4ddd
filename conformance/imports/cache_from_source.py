import importlib.util, sys
print(sys.implementation.cache_tag is not None)
p = importlib.util.cache_from_source("/a/b/mod.py")
print(p.startswith("/a/b/__pycache__/mod."), p.endswith(".pyc"))
print(importlib.util.source_from_cache(p))
try:
    importlib.util.source_from_cache("/a/b/mod.pyc")
except ValueError as e:
    print(e)
