-d
-c
import sys; print(sys.flags.debug)
