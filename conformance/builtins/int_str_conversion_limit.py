# CPython 3.11+ limits int<->str conversion to 4300 digits; sys.set_int_max_str_digits changes it.
import sys
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
big = 10 ** 4299
print(len(str(big)))
too_big = 10 ** 4300
try:
    str(too_big)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("1" * 4301)
except ValueError as e:
    print(type(e).__name__, e)
print(len(hex(too_big)), int("f" * 5000, 16) > 0, too_big.bit_length())
try:
    f"{too_big}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    repr(too_big)
except ValueError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(0)
print(len(str(too_big)), len(str(10 ** 10000)))
sys.set_int_max_str_digits(5000)
print(sys.get_int_max_str_digits(), len(str(10 ** 4999)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(640)
try:
    str(10 ** 640)
except ValueError as e:
    print(type(e).__name__, e)
print(len(str(-(10 ** 639))), int("-" + "9" * 640) < 0)
sys.set_int_max_str_digits(4300)
print(int("1" * 4300) % 9)
