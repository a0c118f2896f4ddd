import pkg.sub.helper
print(pkg.sub.helper.help_me())
print(pkg.sub.SUB)
import sys
print([m for m in sys.modules if m.startswith("pkg")])
import pkg.sub.helper as h
print(h is pkg.sub.helper, h.__name__)
