import pkg.sub
s = pkg.sub
print(s.__name__, s.__package__)
print(s.__path__)
print(s.__spec__.submodule_search_locations)
print(s.__spec__.parent)
print(s.__spec__.origin)
print(s.__loader__.is_package("pkg.sub"))
