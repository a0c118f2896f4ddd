import sys
try:
    import only2
except ImportError as e:
    print(e)
sys.path.append("_paths/p2")
import only2
print(only2.WHO)
