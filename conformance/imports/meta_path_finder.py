import sys, importlib.abc, importlib.machinery, importlib.util
class Loader(importlib.abc.Loader):
    def create_module(self, spec):
        return None
    def exec_module(self, module):
        module.greeting = "hello from " + module.__name__
class Finder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path, target=None):
        if fullname.startswith("virtual"):
            return importlib.util.spec_from_loader(fullname, Loader())
        return None
sys.meta_path.insert(0, Finder())
import virtual_one
print(virtual_one.greeting)
print(virtual_one.__spec__.name, virtual_one.__spec__.origin)
print(type(virtual_one.__loader__).__name__)
import pkg.mod_a
print(pkg.mod_a.A_VALUE)
