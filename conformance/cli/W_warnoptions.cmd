-W
error
-Wignore::DeprecationWarning
-c
import sys; print(sys.warnoptions)
