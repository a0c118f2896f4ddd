# math integer functions: factorial, comb, perm, isqrt, gcd/lcm with many args, and their errors.
import math
print(math.factorial(0), math.factorial(20), math.factorial(30), len(str(math.factorial(500))))
print(math.comb(10, 3), math.comb(5, 0), math.comb(5, 6), math.comb(100, 50), math.perm(5, 2), math.perm(5), math.perm(5, 6), math.perm(20, 20))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**40), math.isqrt(2**101 - 1), math.isqrt(True))
print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18), math.gcd(12, 18, 27), math.gcd(0, 0), math.gcd(2**100, 6**50), math.gcd(-4, 6))
print(math.lcm(), math.lcm(4), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(-4, 6), math.lcm(2**40, 3**20))
for f in [lambda: math.factorial(-1), lambda: math.factorial(1.0), lambda: math.factorial(2.5), lambda: math.comb(-1, 2), lambda: math.comb(5, -1), lambda: math.comb(5.0, 2),
          lambda: math.perm(-5, 2), lambda: math.perm(5, -2), lambda: math.isqrt(-1), lambda: math.isqrt(4.0), lambda: math.gcd(1.5), lambda: math.lcm(2, "4"), lambda: math.comb(5)]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
