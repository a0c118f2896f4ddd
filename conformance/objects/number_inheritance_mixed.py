# Operator methods are inherited; a subclass overriding the reflected form wins; mixed types.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, o):
        if isinstance(o, Money):
            return type(self)(self.cents + o.cents)
        if isinstance(o, int):
            return type(self)(self.cents + o)
        return NotImplemented
    __radd__ = __add__
    def __mul__(self, k):
        if isinstance(k, int):
            return type(self)(self.cents * k)
        return NotImplemented
    __rmul__ = __mul__
    def __repr__(self):
        return f"{type(self).__name__}({self.cents})"
class Euro(Money):
    def __radd__(self, o):
        return "Euro.__radd__ first"
print(Money(1) + Money(2), 5 + Money(1), 3 * Money(2), Money(2) * 3, sum([Money(1), Money(2)]))
print(Money(1) + Euro(1), Euro(1) + Money(1), Euro(2) * 2)
for f in (lambda: Money(1) + "x", lambda: "x" + Money(1), lambda: Money(1) * 1.5, lambda: Money(1) - Money(1)):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
class Sum:
    def __init__(self):
        self.parts = []
    def __radd__(self, o):
        return f"radd({o!r})"
print(sum([Sum()]), sum([Sum()], 10))
print(1 + 2.0, type(True + 1).__name__, 2 ** -1, 7 // 2.0, complex(1, 1) * 2, True & 1, type(True & True).__name__)
