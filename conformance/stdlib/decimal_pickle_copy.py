# Pickling and copying Decimal and Context: __reduce__, copy.copy/deepcopy, pickle round trips
# of values, subclasses and contexts.
import copy
import pickle
from decimal import *

vals = [Decimal("1.10"), Decimal("-0"), Decimal("inf"), Decimal("-nan12"), Decimal("snan"), Decimal("1e-100"), Decimal(2) ** 100]
for d in vals:
    r = d.__reduce__()
    print(r[0].__name__, r[1], repr(copy.copy(d)), repr(copy.deepcopy(d)), copy.copy(d) is d)
for d in vals:
    back = pickle.loads(pickle.dumps(d))
    print(repr(back), type(back).__name__, str(back) == str(d))
c = Context(prec=7, rounding=ROUND_UP, Emin=-50, Emax=60, capitals=0, clamp=1, flags=[Inexact], traps=[DivisionByZero])
print(c.__reduce__())
c2 = pickle.loads(pickle.dumps(c))
print(c2, type(c2).__name__)
c3 = copy.copy(c)
c3.prec = 3
print(c.prec, c3.prec, copy.deepcopy(c).prec)

print(pickle.loads(pickle.dumps([Decimal("1.5"), {Decimal(2): Decimal("0.5")}])))
