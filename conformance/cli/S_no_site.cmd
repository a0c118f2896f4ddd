-S
-c
import sys; print(sys.flags.no_site); exit()
