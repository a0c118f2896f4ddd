-X
a=1
-Xb
-X
c=
-c
import sys; print(sys._xoptions)
