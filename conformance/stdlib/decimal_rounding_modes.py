# decimal rounding: the eight ROUND_* modes on positive and negative halves and non-halves, in
# context arithmetic, quantize, to_integral_value and round().
from decimal import *

modes = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN,
         ROUND_HALF_EVEN, ROUND_05UP]
values = ["1.25", "1.35", "-1.25", "1.251", "-1.249", "1.05", "1.04", "-1.05", "0.005", "9.995", "1.20"]
for m in modes:
    q = [str(Decimal(v).quantize(Decimal("0.1"), rounding=m)) for v in values]
    print(m, q)
for m in modes:
    c = Context(prec=3, rounding=m)
    print(m, c.divide(2, 3), c.divide(-2, 3), c.add(Decimal("1.005"), 0), c.multiply(Decimal("9.995"), 1),
          c.create_decimal("-2.675"), c.plus(Decimal("12.55")), c.divide(1, 8))
for m in modes:
    print(m, [str(Decimal(v).to_integral_value(rounding=m)) for v in ["2.5", "3.5", "-2.5", "2.1", "-2.9", "0.5"]])
print([round(Decimal(v)) for v in ["0.5", "1.5", "2.5", "-0.5", "-1.5", "2.4999"]])
print([str(round(Decimal("2.675"), 2)), str(round(Decimal("-2.675"), 2)), str(round(Decimal("1234.5"), -2))])
with localcontext(rounding=ROUND_HALF_UP):
    print(round(Decimal("2.675"), 2), round(Decimal("2.5")), Decimal("2.5").to_integral_value())
c = Context(prec=2, rounding=ROUND_CEILING)
print(c.to_integral_exact(Decimal("2.1")), c.flags[Inexact], c.to_integral_value(Decimal("-2.9")))
print(Decimal("7.9").to_integral(rounding=ROUND_DOWN), Decimal("-7.1").to_integral_exact(rounding=ROUND_FLOOR))
