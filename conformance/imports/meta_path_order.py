import sys
calls = []
class Watcher:
    @classmethod
    def find_spec(cls, name, path=None, target=None):
        calls.append((name, path is None))
        return None
sys.meta_path.insert(0, Watcher)
import pkg.sub.helper
print(calls[:3])
print(sys.meta_path[0] is Watcher, sys.meta_path[1].__name__)
