# Integer algorithms on big values: math.gcd/lcm/comb/isqrt/factorial against brute force checks.
import math
a, b = 2**200 * 3**50, 2**150 * 5**40 * 3**10
g = math.gcd(a, b)
print(g == 2**150 * 3**10, math.lcm(a, b) * g == a * b, math.gcd(a, -b) == g, math.gcd(0, a) == a, math.gcd(*range(12, 1000, 12)))
print(math.comb(200, 100) == math.factorial(200) // (math.factorial(100) ** 2), math.perm(50, 10) == math.factorial(50) // math.factorial(40), math.comb(10**6, 2))
for n in [10**30, 2**127 - 1, 10**50 + 12345]:
    r = math.isqrt(n)
    print(r, r * r <= n < (r + 1) ** 2)
print(sum(math.comb(20, k) for k in range(21)) == 2**20, [math.comb(6, k) for k in range(7)], math.factorial(25) % (10**9 + 7))
