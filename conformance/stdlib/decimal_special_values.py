# Decimal special values and classification: infinities, quiet and signaling NaNs with payloads,
# signed zeros, the is_* predicates, number_class, copy_* and as_tuple.
from decimal import *

vals = ["0", "-0", "1", "-1.5", "1e-999999", "1e-1000001", "inf", "-inf", "nan", "-nan7", "snan", "-snan3", "9.99e999999"]
c = getcontext()
for v in vals:
    d = Decimal(v)
    print(v, repr(d), d.number_class(), d.is_finite(), d.is_infinite(), d.is_nan(), d.is_qnan(), d.is_snan(),
          d.is_signed(), d.is_zero(), d.is_normal(), d.is_subnormal(), d.as_tuple())
for v in vals:
    d = Decimal(v)
    print(v, d.copy_abs(), d.copy_negate(), d.copy_sign(Decimal(-1)), d.copy_sign(1), c.copy_decimal(d))
ctx = Context(traps=[])
inf, nan = Decimal("inf"), Decimal("nan")
for f in [lambda: inf + 1, lambda: inf - inf, lambda: inf * 0, lambda: inf / inf, lambda: 1 / inf,
          lambda: nan + 1, lambda: Decimal("-nan5") * 2, lambda: Decimal("snan9") + nan, lambda: inf // 2,
          lambda: inf % 2, lambda: -inf, lambda: abs(-inf), lambda: Decimal(0) * -inf]:
    with localcontext(ctx) as lc:
        lc.clear_flags()
        r = f()
        print(repr(r), [k.__name__ for k, v in lc.flags.items() if v])
print(Decimal("nan").is_nan(), Decimal("-0").is_signed(), Decimal("-0") < 0, str(Decimal("-0.00")), str(-Decimal("0.00")))
print(Decimal("1e-1000001").is_subnormal(Context(Emin=-1000000)), Decimal("1e-11").is_normal(Context(Emin=-10, Emax=10)))
