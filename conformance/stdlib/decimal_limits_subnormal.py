# Exponent limits: overflow to infinity or the largest number by rounding mode, subnormal results
# and underflow, clamping of zeros and of exponents with clamp=1, Etiny/Etop, flags raised.
from decimal import *

def show(c, f):
    c.clear_flags()
    r = f()
    print(repr(r), [k.__name__ for k, v in c.flags.items() if v])

c = Context(prec=5, Emax=10, Emin=-10, traps=[])
D = Decimal
show(c, lambda: c.multiply(D("9e10"), 10))
show(c, lambda: c.divide(1, D("3e10")))
show(c, lambda: c.divide(1, D("1e16")))
show(c, lambda: c.create_decimal("1.234567e-12"))
show(c, lambda: c.create_decimal("1.2000e-12"))
show(c, lambda: c.create_decimal("0e-20"))
show(c, lambda: c.create_decimal("0e20"))
show(c, lambda: c.create_decimal("1e20"))
show(c, lambda: c.create_decimal("99999.5e6"))
show(c, lambda: c.create_decimal("1e-14"))
show(c, lambda: c.create_decimal("4e-15"))
show(c, lambda: c.create_decimal("6e-15"))
show(c, lambda: c.power(D(10), 11))
show(c, lambda: c.power(D(10), -11))
show(c, lambda: c.power(D(10), -15))
show(c, lambda: c.divide(1, D("inf")))
for m in [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN, ROUND_05UP]:
    c2 = Context(prec=3, Emax=5, Emin=-5, rounding=m, traps=[])
    print(m, c2.multiply(D("9e5"), 10), c2.multiply(D("-9e5"), 10), c2.divide(D("1e-7"), 3), c2.divide(D("-1e-7"), 3))
cc = Context(prec=5, Emax=10, Emin=-10, clamp=1, traps=[])
show(cc, lambda: cc.create_decimal("1e10"))
show(cc, lambda: cc.create_decimal("1.2e8"))
show(cc, lambda: cc.create_decimal("0e15"))
show(cc, lambda: cc.plus(D("123e5")))
print(c.Etiny(), c.Etop(), cc.Etop(), Context(prec=28).Etiny())
t = Context(prec=5, Emax=10, Emin=-10)
for f in [lambda: t.multiply(D("9e10"), 10), lambda: t.divide(1, D("1e16"))]:
    try:
        print(f())
    except DecimalException as e:
        print(type(e).__name__, e)
t.traps[Underflow] = True
try:
    t.divide(1, D("3e12"))
except Underflow as e:
    print("Underflow", e, isinstance(e, Subnormal), isinstance(e, Inexact))
