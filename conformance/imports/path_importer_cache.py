import sys
import pkg.mod_a
here = sys.path[0]
finder = sys.path_importer_cache.get(here)
print(type(finder).__name__)
print(finder.path == here)
spec = finder.find_spec("pkg")
print(spec.name, spec.origin == pkg.__file__, spec.submodule_search_locations == pkg.__path__)
print(finder.find_spec("nothing_there"))
print(len(sys.path_hooks) >= 1, callable(sys.path_hooks[-1]))
