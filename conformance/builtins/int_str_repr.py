# str/repr of ints, bin/oct/hex, negative numbers, big numbers.
for n in [0, 5, -5, 255, -255, 2**64, -(2**100), 10**30]:
    print(str(n), repr(n), bin(n), oct(n), hex(n))
print(f"{255:x} {255:X} {255:o} {255:b} {255:#x} {255:#o} {255:#b} {-255:#x}")
print(str(10**50), len(str(3**500)), str(-10**19), str(2**63), str(-(2**63)), str(2**63 - 1))
print(int(str(7**200)) == 7**200, int(hex(7**200), 16) == 7**200, int(bin(-7**100), 2) == -7**100, int(oct(3**99), 8) == 3**99)
