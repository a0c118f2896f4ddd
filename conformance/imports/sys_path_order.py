import sys
print(sys.path[0].endswith("imports"))
sys.path.insert(0, "_paths/p1")
sys.path.insert(1, "_paths/p2")
import shadow
print(shadow.WHO)
import only2
print(only2.WHO, only2.__file__)
