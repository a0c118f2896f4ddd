import sys
print("mainpkg/__main__:", __name__, __package__, __spec__.name, __spec__.parent)
print("argv:", [a.rpartition("/")[2] for a in sys.argv])
print("argv0 absolute:", sys.argv[0].startswith("/"))
print("path0 is the working directory:", sys.path[0].endswith("/imports"))
print("main module is this one:", sys.modules["__main__"].__spec__ is __spec__)
from . import helper
print(helper.NAME)
