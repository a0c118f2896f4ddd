# decimal.Decimal construction: from str (whitespace, underscores, Unicode digits, special values),
# int, float (exact), tuples and lists, Decimal; Context.create_decimal rounding; from_float.
from decimal import Decimal, Context, getcontext, localcontext, ROUND_DOWN, InvalidOperation

for s in ["0", "-0", "1.10", "  3.14  ", "1_000_000", "1_0.0_1e1_0", "١٢.٥", "\u00a042\u2003", ".5", "5.",
          "+.5e-0", "1e+5", "1E-5", "-1.23E+10", "000123.4500", "inf", "-Infinity", "+INF", "nan", "-nan12",
          "snan0012", "sNaN", "1e-7", "123456789012345678901234567890.12345"]:
    d = Decimal(s)
    print(repr(s), repr(d), str(d), d.as_tuple())

for s in ["abc", "", "   ", "1 2", "0x10", "1e", ".", "1.2.3", "NaN1e2", "in f", "--1"]:
    try:
        Decimal(s)
    except InvalidOperation as e:
        print(repr(s), type(e).__name__, e.args)

for i in [0, 7, -42, 10**30, -(2**70), True]:
    print(repr(Decimal(i)))

for f in [0.1, 0.5, -2.75, 1e20, 1e-5, 0.0, -0.0, float("inf"), float("-inf"), 2.0**-30]:
    print(repr(Decimal(f)), repr(Decimal.from_float(f)))
print(Decimal(float("nan")), Decimal.from_float(12))

print(repr(Decimal((0, (1, 2, 3), -2))), repr(Decimal([1, [4, 0], 3])), repr(Decimal((0, (), 'n'))),
      repr(Decimal((1, (0,), 'F'))), repr(Decimal((0, (7,), 'N'))), repr(Decimal((0, (0, 0), 5))))
print(repr(Decimal(Decimal("1.500"))), repr(Decimal()), repr(Decimal(value="2.5")))

c = Context(prec=4)
print(c.create_decimal("3.14159"), c.create_decimal(123456), c.create_decimal(Decimal("1.23456")),
      c.create_decimal(), c.create_decimal("nan123"), c.create_decimal_from_float(0.1))
print(Context(prec=3, rounding=ROUND_DOWN).create_decimal("9.999"), Decimal("9.999") + 0)
with localcontext() as ctx:
    ctx.prec = 3
    print(Decimal("1.23456"), +Decimal("1.23456"), Decimal(1) / 3)
print(getcontext().prec)
