"""Big integers: factorials, Fibonacci by doubling, modular powers and conversion to decimal."""
import sys

sys.set_int_max_str_digits(0)


def fib_pair(n):
    if n == 0:
        return 0, 1
    a, b = fib_pair(n >> 1)
    c = a * (2 * b - a)
    d = a * a + b * b
    return (d, c + d) if n & 1 else (c, d)


def factorial(n):
    result = 1
    for k in range(2, n + 1):
        result *= k
    return result


def run():
    total = 0
    f = factorial(20000)
    total += len(str(f)) + f % 1000000007
    fib = fib_pair(1000000)[0]
    total += len(str(fib)) + fib % 998244353
    modulus = (1 << 521) - 1
    for base in range(3, 1203):
        total += pow(base, modulus - 2, modulus) % 1000003
    x = 1
    for i in range(1, 16000):
        x = x * (i | 1) + (x >> 17)
    total += x % 1000000009 + x.bit_length()
    total += sum(divmod(f, fib_pair(5000)[0]))  % 1000000007
    return total


print("checksum:", run())
