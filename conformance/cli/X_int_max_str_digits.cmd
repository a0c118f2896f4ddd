-X
int_max_str_digits=640
-c
import sys; print(sys.flags.int_max_str_digits); print(len(str(10 ** 639))); str(10 ** 640)
