-c
import sys; print(sys.flags.optimize, __debug__)
