# decimal contexts: attributes, repr, copy, the three templates, getcontext/setcontext,
# localcontext with keywords, nesting and restoring, Etiny/Etop.
import decimal
from decimal import (Decimal, Context, getcontext, setcontext, localcontext, DefaultContext,
                     BasicContext, ExtendedContext, ROUND_HALF_UP, ROUND_DOWN, Inexact, Rounded)

c = getcontext()
print(c)
print(c.prec, c.rounding, c.Emin, c.Emax, c.capitals, c.clamp, c.Etiny(), c.Etop())
print(BasicContext)
print(ExtendedContext)
print(DefaultContext.prec, type(c).__name__, type(c).__module__, isinstance(c, Context))

c2 = Context(prec=6, rounding=ROUND_HALF_UP, Emin=-99, Emax=99, capitals=0, clamp=1, flags=[Inexact], traps=[])
print(c2)
print(c2.Etiny(), c2.Etop(), c2.create_decimal("1.2345e-120"), c2.to_sci_string(Decimal("1e50")))
c3 = c2.copy()
c3.prec = 2
print(c2.prec, c3.prec, c3.flags[Inexact], c2.__copy__().prec)

with localcontext() as ctx:
    ctx.prec = 5
    print(getcontext() is ctx, Decimal(2).sqrt())
    with localcontext(prec=3, rounding=ROUND_DOWN) as inner:
        print(inner.prec, inner.rounding, Decimal(2) / 3)
    print(getcontext().prec, Decimal(2) / 3)
print(getcontext().prec, Decimal(2) / 3)

with localcontext(c2) as ctx:
    print(ctx.prec, ctx is c2, Decimal(1) / 7)

saved = getcontext()
setcontext(ExtendedContext)
print(getcontext().prec, getcontext() is ExtendedContext, Decimal(1) / 0)
setcontext(c2)
print(getcontext() is c2, str(Decimal("1e10")))
setcontext(saved)
print(getcontext() is saved, getcontext().prec)

ctx = Context()
ctx.clear_traps()
print(ctx.traps)
ctx.traps[decimal.DivisionByZero] = True
ctx.clear_flags()
print(repr(ctx))
print(ctx.__reduce__()[1][:6])
print(decimal.HAVE_THREADS, decimal.ROUND_05UP, decimal.ROUND_HALF_EVEN, decimal.__version__)
