-c
import sys; print(sys.argv); print(sys.orig_argv); print(__name__)
a
-b
