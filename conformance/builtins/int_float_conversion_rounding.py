# int -> float conversion rounds half-even at 53 bits; float -> int truncates; comparisons stay exact.
for n in [2**53, 2**53 + 1, 2**53 + 2, 2**53 + 3, 2**54 + 2, 2**54 + 6, 2**64 - 1, 2**63 + 2**10, 10**17 + 1, -(2**53 + 3)]:
    f = float(n)
    print(n, repr(f), int(f) - n, f == n, f < n, f > n)
print(int(2.5), int(-2.5), int(1e19), int(-1e-5), int(2**63 * 1.0), int(float.fromhex("0x1.fffffffffffffp1023")) == (2**53 - 1) * 2**971)
