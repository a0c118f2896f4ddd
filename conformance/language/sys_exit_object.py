# sys.exit with a non-int, non-None object: its str goes to stderr and the status is 1.
import sys
print("about to exit with a list")
sys.exit(["not", "an", "int"])
