-X
dev
-c
import sys; print(sys.flags.dev_mode, sys.warnoptions, sys._xoptions)
