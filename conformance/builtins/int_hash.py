# Numeric hashing: hash(-1) == -2, ints above the modulus wrap, equal values hash equal.
import sys
M = sys.hash_info.modulus
print(hash(-1), hash(-2), hash(0), hash(1), hash(True), hash(False), hash(M) == 0, hash(M + 1) == 1, hash(-M) == 0, hash(-M - 1) == -2)
print(hash(M - 2) == M - 2, hash(2**100) == pow(2, 100, M), hash(-(2**100)) == -pow(2, 100, M))
print(hash(1.0) == 1, hash(-1.0), hash(0.5) == pow(2, -1, M), hash(1.5) == hash(1.5), hash(2.0**70) == hash(2**70), hash(float("inf")), hash(float("-inf")))
print(sys.hash_info.width >= 32, sys.hash_info.inf, sys.hash_info.nan, sys.hash_info.imag)
print(hash(1j) == sys.hash_info.imag, hash(complex(3, 0)) == 3, hash(complex(1, 1)) == 1 + sys.hash_info.imag)
print({1: "a", 1.0: "b", True: "c"}, len({0, 0.0, False, -0.0}), {2**64: 1}[2.0**64])
