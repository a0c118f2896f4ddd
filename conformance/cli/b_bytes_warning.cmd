-b
-c
import sys; print(sys.flags.bytes_warning)
