-c
import sys; print(sys.flags.safe_path, sys.path[0] == "")
