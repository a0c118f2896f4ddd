import importlib
import pkg
pkg.added = "stays"
importlib.reload(pkg)
print(pkg.added, pkg.INIT_VALUE)
import pkg.sub.helper
h = importlib.reload(pkg.sub.helper)
print(h is pkg.sub.helper, h.help_me())
