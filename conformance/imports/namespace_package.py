import sys
sys.path[0:0] = ["_ns1", "_ns2"]
import nspkg
print(nspkg.__path__)
print(type(nspkg.__path__).__name__)
print(nspkg.__file__, nspkg.__spec__.origin)
print(nspkg.__spec__.submodule_search_locations)
print(type(nspkg.__loader__).__name__)
import nspkg.alpha, nspkg.beta
print(nspkg.alpha.NAME, "|", nspkg.beta.NAME)
from nspkg2 import gamma
print(gamma.NAME)
print(nspkg)
