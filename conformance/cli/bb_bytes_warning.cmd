-bb
-c
import sys; print(sys.flags.bytes_warning, sys.warnoptions)
