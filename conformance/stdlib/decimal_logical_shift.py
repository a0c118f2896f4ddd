# Decimal digit-wise operations: logical_and/or/xor/invert, shift, rotate, scaleb, next_plus,
# next_minus, next_toward, normalize, to_eng_string and to_sci_string, Context method forms.
from decimal import *

D = Decimal
c = Context(prec=9)
print(D(1100).logical_and(D(1010)), D(1100).logical_or(D(1010)), D(1100).logical_xor(D(1010)),
      D(101).logical_invert(), c.logical_invert(D(0)), c.logical_and(D("111111111111"), D(1)))
print(D(123456789).shift(2), D(123456789).shift(-2), D("1.23").shift(1), c.shift(D(1234), 5), c.shift(D(1234), -9))
print(D(123456789).rotate(2), D(123456789).rotate(-2), c.rotate(D(1234), 3), c.rotate(D(1234), -3), D("inf").rotate(2))
print(D("1.5").scaleb(3), D("1.5").scaleb(-3), D("inf").scaleb(2), c.scaleb(D(7), D(-2)), D(12).scaleb(D("2")))
for v in ["1", "0", "-1", "1e-1000000", "9.99999999e999999", "inf", "-inf", "0.1"]:
    d = D(v)
    print(v, c.next_plus(d), c.next_minus(d), c.next_toward(d, D(0)), c.next_toward(d, D(5)))
print(D(1).next_plus(), D(1).next_minus(), D("-0").next_toward(D("0")), D(1).next_toward(1))
for v in ["1.2000", "-0.000", "120000", "1e5", "0.00100", "1E+3", "inf", "-nan", "100"]:
    print(v, D(v).normalize(), c.normalize(D(v)), D(v).to_eng_string(), c.to_sci_string(D(v)), c.to_eng_string(D(v)))
for v in ["1e7", "1e-7", "123e5", "0e4", "0e-8", "-1.23e-9", "12345e-10", "0.00001", "1E+2"]:
    print(v, D(v), D(v).to_eng_string())
print(Context(prec=3, Emax=5, clamp=1).normalize(D("1e5")), Context(Emax=5).normalize(D("1000e2")))
