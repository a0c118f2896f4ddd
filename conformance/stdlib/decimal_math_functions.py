# Decimal math: sqrt, exp, ln, log10, logb, power with integer and fractional exponents, exact
# results and ideal exponents, precision of the context, special values.
from decimal import *

for v in ["2", "100", "0.01", "1e-3", "4.00", "0", "-0", "1e100", "0.0001", "10", "inf"]:
    print(v, Decimal(v).sqrt())
for v in ["1", "0", "-1", "10", "0.5", "-0.001", "100", "-inf", "inf", "1e-30"]:
    print(v, Decimal(v).exp())
for v in ["10", "1", "1.000", "2", "0.5", "100", "1e-10", "inf", "12345678901234567890"]:
    print(v, Decimal(v).ln(), Decimal(v).log10(), Decimal(v).logb())
print(Decimal("0.001").log10(), Decimal("1e1000").log10(), Decimal("1e-5").logb(), Decimal("123.45").logb())
for a, b in [("2", "10"), ("2", "-2"), ("1.5", "2"), ("-2", "3"), ("10", "-2"), ("4", "0.5"), ("2", "0.5"),
             ("1.44", "0.5"), ("8", "0.3333"), ("1", "0.5"), ("1.0", "3"), ("0", "-1"), ("-0", "-3"),
             ("inf", "-1"), ("-inf", "3"), ("2.5", "0"), ("9", "1e2"), ("-8", "2")]:
    print(a, b, Decimal(a) ** Decimal(b), pow(Decimal(a), int(Decimal(b)) if Decimal(b) == int(Decimal(b)) else Decimal(b)))
print(pow(Decimal(3), 4, 5), pow(Decimal(-3), 3, 5), pow(Decimal(2), 100, 97), pow(Decimal(7), 0, 3), pow(3, Decimal(2), Decimal(5)))
for prec in [3, 10, 40]:
    c = Context(prec=prec)
    print(prec, c.sqrt(2), c.exp(1), c.ln(2), c.log10(3), c.power(2, Decimal("0.5")), c.power(7, -3))
for r in [ROUND_DOWN, ROUND_UP, ROUND_HALF_UP]:
    c = Context(prec=3, rounding=r)
    print(r, c.sqrt(2), c.exp(1), c.ln(3), c.power(2, Decimal("0.5")), c.divide(2, 3))
c = Context(prec=9, traps=[])
for f in [lambda: c.sqrt(-4), lambda: c.ln(-1), lambda: c.log10(0), lambda: c.power(0, 0), lambda: c.power(-2, Decimal("0.5")),
          lambda: c.exp(Decimal("1e10")), lambda: c.exp(Decimal("-1e10")), lambda: c.power(4, Decimal("0.5")), lambda: c.power(10, 3)]:
    c.clear_flags()
    print(repr(f()), [k.__name__ for k, v in c.flags.items() if v])
