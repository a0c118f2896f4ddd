-c
import sys; print(sys.flags.int_max_str_digits, sys.get_int_max_str_digits())
