# The int/str conversion digit limit: int(), str(), repr, format, %d; sys.set_int_max_str_digits rules.
import sys
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
big = 10 ** 5000
for name, f in [("str", lambda: str(big)), ("repr", lambda: repr(big)), ("format", lambda: format(big, "d")), ("%d", lambda: "%d" % big),
                ("fstring", lambda: f"{big}"), ("int", lambda: int("1" * 5000)), ("int-base10-neg", lambda: int("-" + "1" * 4301))]:
    try:
        print(name, len(f()))
    except ValueError as e:
        print(name, "ValueError", e)
print(len(hex(big)), len(format(big, "x")), len(bin(big)) > 5000, int("f" * 5000, 16) > 0, len(str(10 ** 4299)), int("9" * 4300) > 0)
sys.set_int_max_str_digits(0)
print(len(str(big)))
sys.set_int_max_str_digits(5000)
print(len(str(10 ** 4999)))
try:
    str(10 ** 5000)
except ValueError as e:
    print("ValueError", e)
for bad in [1, 639, -1]:
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print(bad, "ValueError", e)
sys.set_int_max_str_digits(640)
print(sys.get_int_max_str_digits(), len(str(10 ** 639)))
try:
    int("1" * 641)
except ValueError as e:
    print("ValueError", e)
sys.set_int_max_str_digits(maxdigits=4300)
print(sys.get_int_max_str_digits())
