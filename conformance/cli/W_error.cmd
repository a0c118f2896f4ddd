-W
error
-c
import warnings; warnings.warn("careful"); print("not reached")
