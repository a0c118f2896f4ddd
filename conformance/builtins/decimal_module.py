# decimal: exact decimal arithmetic, context precision, rounding, quantize, special values, traps.
from decimal import Decimal as D, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, InvalidOperation, DivisionByZero
import decimal
print(D("0.1") + D("0.2"), D(0.1), D("1.10") * 3, D("10") / D("4"), D(1) / D(3), D("2").sqrt(), D("-0"), D("1e3"), D("1E+3") + 0)
print(D("3.14159").quantize(D("0.01")), D("2.675").quantize(D("0.01")), D("2.675").quantize(D("0.01"), rounding=ROUND_HALF_UP), D("7.9").to_integral_value(rounding=ROUND_DOWN))
print(round(D("2.5")), round(D("3.5")), round(D("1.2345"), 2), int(D("-7.9")), float(D("0.1")), D(5) // D(2), D(-7) % D(3), D(-7) // D(3))
with localcontext() as ctx:
    ctx.prec = 5
    print(D(1) / D(7), D("123456789") + 0, +D("1.23456789"))
print(getcontext().prec, D(1) / D(7))
print(D("NaN"), D("Infinity"), D("-inf") < 0, D("1.00") == D("1"), D("1.00"), D("1.00").normalize(), D("100").normalize(), hash(D("1.5")) == hash(1.5))
print(D("1.5").as_tuple(), D("12.345").as_integer_ratio(), D("-0.000") .is_zero(), D("1.5").is_signed(), D("12.30").to_eng_string(), D("1e7").to_eng_string())
for bad in [lambda: D("abc"), lambda: D(1) / D(0), lambda: D(0) / D(0), lambda: D("1.5") < "x", lambda: D(1) + 1.5]:
    try:
        print(bad())
    except (InvalidOperation, DivisionByZero, TypeError) as e:
        print(type(e).__name__)
with localcontext() as ctx:
    ctx.traps[DivisionByZero] = False
    print(D(1) / D(0), D(-1) / D(0))
print(sum([D("0.1")] * 10), D("1") == 1, D("0.5") == 0.5, D("0.1") == 0.1, sorted([D("1.1"), 1, D("0.9")]), max(D("2"), 1.5))
print(f"{D('1234.5678'):.2f}", f"{D('1234.5678'):,}", f"{D('0.00001234'):e}", format(D("12.5"), ">8"), str(D("1E-7")), repr(D("3.0")))
