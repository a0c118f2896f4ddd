# Decimal.quantize: rounding to an exponent, padding, money rounding, the InvalidOperation cases,
# same_quantum, and flags it raises.
from decimal import *

cents = Decimal("0.01")
for v in ["3.14159", "2.675", "2.665", "-0.005", "10", "1e2", "0", "-0", "123.4", "0.0001"]:
    d = Decimal(v)
    print(v, d.quantize(cents), d.quantize(Decimal("1")), d.quantize(Decimal("1e1")),
          d.quantize(Decimal("0.001"), rounding=ROUND_UP))
print(Decimal("1.41421356").quantize(Decimal("1.000")), Decimal("7.325").quantize(Decimal(".01"), ROUND_DOWN))
print(Decimal("inf").quantize(Decimal("inf")), Decimal("1.5").quantize(Decimal("1e-3"), context=Context(prec=4)))

c = Context(prec=5, traps=[])
for a, b in [("123456", "1"), ("1.5", "inf"), ("inf", "1"), ("1e10", "1e-2"), ("nan", "1"), ("1", "1e-100000000")]:
    c.clear_flags()
    print(a, b, repr(c.quantize(Decimal(a), Decimal(b))), [k.__name__ for k, v in c.flags.items() if v])
try:
    Decimal("123456789").quantize(Decimal("0.01"), context=Context(prec=5))
except InvalidOperation as e:
    print("InvalidOperation", e)
c = Context(prec=9, traps=[])
c.quantize(Decimal("2.675"), Decimal("0.01"))
print([k.__name__ for k, v in c.flags.items() if v])
print(Decimal("2.50").same_quantum(Decimal("1.23")), Decimal("2.5").same_quantum(Decimal("1.23")),
      Decimal("nan").same_quantum(Decimal("nan")), Decimal("inf").same_quantum(Decimal("-inf")),
      Decimal(1).same_quantum(1))
total = sum(Decimal(p).quantize(cents, ROUND_HALF_UP) for p in ["19.995", "5.005", "0.333"])
print(total, total.quantize(Decimal("0.1")))
