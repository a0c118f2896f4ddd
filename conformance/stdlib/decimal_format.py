# Decimal.__format__ and f-strings: fixed, exponent, general, percent, no type, precision with the
# context's rounding, sign options, alignment and fill, zero padding, thousands separators.
from decimal import Decimal, localcontext, ROUND_DOWN

values = ["1234.5678", "-0.00001234", "0", "-0.0", "1E+7", "inf", "-nan", "123456789", "0E+3", "5E-7", "0.5", "2.5"]
specs = ["", "f", ".2f", ".0f", "e", ".3e", "E", ".0e", "g", ".3g", "G", ".2", "%", ".1%", "n", ".2n",
         ",", ",.2f", "010.2f", "010,.2f", "012", "+", " ", "-", "<10", "^10", ">10", "*>12,.3f",
         "=+12.2f", "#<8.1f", "10.3"]
for spec in specs:
    print(repr(spec), [format(Decimal(v), spec) for v in values])
d = Decimal("1234.5678")
print(f"{d:.2f}|{d:>12}|{d:_^14.1f}|{d:+.3e}|{d:,.1f}|{-d:010.1f}")
with localcontext(rounding=ROUND_DOWN):
    print(format(Decimal("2.999"), ".2f"), format(Decimal("-2.999"), ".1e"), format(Decimal("9.99"), ".2g"))
with localcontext(capitals=0):
    print(format(Decimal("1E+7"), ""), str(Decimal("1E+7")), format(Decimal("1E+7"), "G"))
print("{:.3f} {:>8} {}".format(Decimal("3.14159"), Decimal("2.5"), Decimal("1e-10")))
print("%s %r %.2f" % (Decimal("1.10"), Decimal("1.10"), Decimal("1.005")))
