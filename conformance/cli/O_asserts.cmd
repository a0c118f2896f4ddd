-O
-c
import sys; assert False, "not checked"; print(__debug__, sys.flags.optimize)
