# Decimal arithmetic with Decimal and int operands: + - * / // % divmod ** with modulo, unary
# operators, abs, int()/float()/math.floor/ceil/trunc, augmented assignment, sum, exact results.
import math
from decimal import *

D = Decimal
a, b = D("7.25"), D("-2")
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, -a, +b, abs(b))
print(a + 1, 1 + a, a - 3, 3 - a, a * 4, 4 * a, a / 5, 5 / a, 10 // D(3), 10 % D(3), 2 ** D(3), True + D(1))
for x, y in [(7, 3), (-7, 3), (7, -3), (-7, -3), ("7.5", "2"), ("-7.5", "2"), ("1e3", "7")]:
    print(x, y, D(x) // D(y), D(x) % D(y), divmod(D(x), D(y)), D(x).remainder_near(D(y)), x // y if isinstance(x, int) else "")
print(D("0.1") + D("0.2"), D("0.1") * 3, D("1.10") * 3, D("10") / D("4"), D(1) / D(3), D(2) / D(3), D(1) / D(8))
print(D("1e3") + 0, D("1E+3"), D("1.000") + D("2.0"), D("123.45") - D("123.45"), D("-1.5") + D("1.5"), D("1.20") * D("3.0"))
print(D("12345678901234567890.123") * D("98765432109876543210"), D(10) ** 30, D(2) ** -3, D("1.1") ** 10)
print(int(D("-7.9")), int(D("7.9")), int(D("1e20")), float(D("0.1")), float(D("-1e-400")), float(D("-nan")), complex(D("2.5")))
print(math.floor(D("-2.5")), math.ceil(D("-2.5")), math.trunc(D("-2.5")), math.floor(D("3.0")), math.ceil(D("1e-100")))
x = D(0)
for i in range(1, 6):
    x += D(i) / 10
    x *= 2
print(x, sum([D("0.1")] * 10), sum([D(1), 2, D("0.5")]), sum(D(i) for i in range(5)) / 4)
print(D("-0") + D("0"), D("-0") - D("0"), D("-0") * 5, -D("0"), abs(D("-0")), D(0) * -1)
print(D(5).fma(3, 2), D("1e-20").fma(D("1e-20"), 1), D(2).exp().quantize(D("0.0001")), D(100).sqrt() + 1)
print(D(1).adjusted(), D("123.45").adjusted(), D("0.001").adjusted(), D("1.5").as_integer_ratio(), D("-12.345").as_integer_ratio(),
      D("1e3").as_integer_ratio(), D(0).as_integer_ratio())
print(D("1.5").real, D("1.5").imag, D("1.5").conjugate(), D(2).radix(), D("1.10").canonical(), D("1.10").is_canonical())
