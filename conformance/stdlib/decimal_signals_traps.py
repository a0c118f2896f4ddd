# decimal signals: the exception hierarchy, flags set by operations, traps raising with the list of
# conditions, signal dicts (flags/traps) as mappings, and their errors.
from decimal import *
import decimal

for s in [DecimalException, Clamped, InvalidOperation, DivisionByZero, Inexact, Rounded, Subnormal,
          Overflow, Underflow, FloatOperation, ConversionSyntax, DivisionImpossible, DivisionUndefined,
          InvalidContext]:
    print(s.__name__, s.__module__, [b.__name__ for b in s.__mro__])

c = Context(prec=5)
c.traps[Inexact] = True
c.traps[Rounded] = True
try:
    c.divide(1, 3)
except Inexact as e:
    print(type(e).__name__, e.args, isinstance(e, Rounded), c.flags[Inexact], c.flags[Rounded])

def trap(f):
    try:
        print(repr(f()))
    except DecimalException as e:
        print(type(e).__name__, e)

trap(lambda: Decimal("x"))
trap(lambda: Decimal(1) / 0)
trap(lambda: Decimal(0) / 0)
trap(lambda: Decimal(5) // 0)
trap(lambda: Decimal(5) % 0)
trap(lambda: divmod(Decimal(5), 0))
trap(lambda: Decimal("inf") - Decimal("inf"))
trap(lambda: Decimal("sNaN") + 1)
trap(lambda: Decimal("9e999999") * 10)
trap(lambda: Decimal(-1).sqrt())
trap(lambda: Decimal("nan") < 1)

c = Context(prec=9)
c.traps = {s: False for s in c.traps}
for f in [lambda: c.divide(1, 0), lambda: c.divide(0, 0), lambda: c.create_decimal("bad"),
          lambda: c.multiply(Decimal("9e999999"), 10), lambda: c.divide(1, Decimal("1e999999")),
          lambda: c.add(Decimal("1e-999999"), 0), lambda: c.create_decimal(0.5), lambda: c.sqrt(2)]:
    c.clear_flags()
    r = f()
    print(repr(r), [k.__name__ for k, v in c.flags.items() if v])
print(c)

try:
    Decimal(1) / 0
except ZeroDivisionError as e:
    print("caught as ZeroDivisionError:", type(e).__name__)
getcontext().traps[FloatOperation] = True
for f in [lambda: Decimal(0.5), lambda: Decimal(1) < 1.5, lambda: Decimal(1) == 1.5, lambda: Decimal.from_float(0.5)]:
    try:
        print(f())
    except TypeError as e:
        print("caught as TypeError:", type(e).__name__, e)
getcontext().traps[FloatOperation] = False
f = getcontext().flags
getcontext().clear_flags()
print(len(f), list(f)[:2], f[Inexact], Inexact in f, f.get(Inexact), sorted(k.__name__ for k in f.keys()))
print(f == getcontext().traps, f.copy() == {k: False for k in f}, f.keys())
for bad in [lambda: f["x"], lambda: f.__setitem__(1, True), lambda: f.__delitem__(Inexact)]:
    try:
        bad()
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
for bad in [lambda: setattr(getcontext(), "traps", []), lambda: Context(flags={Inexact: True})]:
    try:
        bad()
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
