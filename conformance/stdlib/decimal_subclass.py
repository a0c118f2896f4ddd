# Subclassing decimal.Decimal and decimal.Context: the type name and repr, instance attributes,
# overridden methods and operators, results of arithmetic being plain Decimals, class methods.
import decimal
from decimal import Decimal, Context, getcontext

print(Decimal.__name__, Decimal.__qualname__, Decimal.__module__, repr(Decimal), repr(Decimal("1.10")))

class Money(Decimal):
    currency = "EUR"

    def __new__(cls, value="0", currency=None):
        self = super().__new__(cls, value)
        if currency:
            self.currency = currency
        return self

    def __repr__(self):
        return f"Money({str(self)!r}, {self.currency!r})"

    def __add__(self, other):
        return Money(Decimal.__add__(self, other), self.currency)

m = Money("10.50", "USD")
print(repr(m), str(m), type(m).__name__, isinstance(m, Decimal), m.currency, m.__dict__)
s = m + Decimal("0.25")
print(repr(s), type(s).__name__, type(m * 2).__name__, type(m - 1).__name__, repr(m * 2))
print(m == Decimal("10.5"), hash(m) == hash(Decimal("10.5")), m.quantize(Decimal("1")), type(m.quantize(Decimal(1))).__name__)
print(repr(Money.from_float(0.25)), type(Money.from_float(0.25)).__name__, Money("1.5").as_tuple())

class Plain(Decimal):
    pass

p = Plain("3.14")
p.note = "pi-ish"
print(repr(p), type(p).__name__, p.note, type(+p).__name__, type(abs(p)).__name__, Plain(Decimal("2")))
print(issubclass(Plain, Decimal), Plain.__mro__[1].__name__, repr(type(Plain("1").copy_abs())))

class MyContext(Context):
    def __init__(self, **kw):
        super().__init__(prec=6, **kw)
        self.label = "six"

mc = MyContext(rounding=decimal.ROUND_DOWN)
print(type(mc).__name__, mc.prec, mc.rounding, mc.label, mc.divide(2, 3), isinstance(mc, Context))
print(type(mc.copy()).__name__)
try:
    class Bad(Decimal):
        __slots__ = ("x",)
    b = Bad("1")
    b.x = 5
    print(b.x, repr(b))
except TypeError as e:
    print("TypeError", e)
import numbers
print(isinstance(Decimal(1), numbers.Number), isinstance(Decimal(1), numbers.Real))
