import pkg.mod_a as m
loader = m.__loader__
print(loader.get_filename("pkg.mod_a").rpartition("/")[2])
src = loader.get_source("pkg.mod_a")
print(src.splitlines()[0])
print(loader.is_package("pkg.mod_a"))
code = loader.get_code("pkg.mod_a")
print(type(code).__name__, code.co_filename.rpartition("/")[2])
data = loader.get_data(loader.path)
print(type(data).__name__, data[:5])
try:
    loader.get_filename("other")
except ImportError as e:
    print(e)
