# conformance: native
import sys
fi = sys.float_info
print(fi.max, fi.min, fi.epsilon)
print(fi.dig, fi.mant_dig, fi.radix, fi.rounds, fi.max_exp, fi.min_exp, fi.max_10_exp, fi.min_10_exp)
print(fi[0] == fi.max, len(fi))
print(repr(fi))
ii = sys.int_info
print(ii.default_max_str_digits, ii.str_digits_check_threshold)
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.nan, sys.hash_info.imag)
print(sys.hash_info.modulus == 2**61 - 1)
