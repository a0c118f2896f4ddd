# The int/str conversion digit limit: sys.set_int_max_str_digits, its errors, bases that are exempt.
import sys
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
big = 10 ** 5000
for f in [lambda: str(big), lambda: int("1" * 5000), lambda: repr(-big), lambda: f"{big}", lambda: "%d" % big]:
    try:
        print(len(f()))
    except ValueError as e:
        print(type(e).__name__, e)
print(len(hex(big)), len(bin(big)) > 0, int("f" * 5000, 16) > 0, len(str(10 ** 4299)))
sys.set_int_max_str_digits(0)
print(len(str(big)), len(str(int("9" * 6000))))
sys.set_int_max_str_digits(640)
for f in [lambda: str(10 ** 640), lambda: int("1" * 641), lambda: sys.set_int_max_str_digits(639), lambda: sys.set_int_max_str_digits(-1)]:
    try:
        print(f())
    except ValueError as e:
        print(type(e).__name__, e)
print(len(str(10 ** 639)), sys.get_int_max_str_digits())
