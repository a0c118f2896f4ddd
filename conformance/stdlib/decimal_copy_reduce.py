# Copying Decimal and Context without pickle: __reduce__ values rebuild equal objects,
# copy.copy/deepcopy keep Decimals (immutable) and copy contexts.
import copy
from decimal import *

vals = [Decimal("1.10"), Decimal("-0"), Decimal("inf"), Decimal("-nan12"), Decimal("snan"), Decimal("1e-100"), Decimal(2) ** 100]
for d in vals:
    cls, args = d.__reduce__()
    back = cls(*args)
    print(cls.__name__, args, repr(back), str(back) == str(d), copy.copy(d) is d, copy.deepcopy(d) is d)
c = Context(prec=7, rounding=ROUND_UP, Emin=-50, Emax=60, capitals=0, clamp=1, flags=[Inexact], traps=[DivisionByZero])
cls, args = c.__reduce__()
print(cls.__name__, args)
print(cls(*args))
c3 = copy.copy(c)
c3.prec = 3
c3.traps[Overflow] = True
print(c.prec, c3.prec, copy.deepcopy(c).prec, c.traps[Overflow], c3.traps[Overflow])
print(copy.deepcopy([Decimal("1.5"), {Decimal(2): Decimal("0.5")}]))
