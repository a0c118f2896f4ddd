-X
utf8
-c
import sys; print(sys.flags.utf8_mode, sys._xoptions)
