-P
-c
import sys; print(sys.flags.safe_path, "" in sys.path)
