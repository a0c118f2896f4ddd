# A numeric class implementing arithmetic, comparison, unary and conversion protocols.
import functools
@functools.total_ordering
class Money:
    def __init__(self, cents): self.cents = cents
    def __repr__(self): return f"Money({self.cents})"
    def __add__(self, o): return Money(self.cents + (o.cents if isinstance(o, Money) else o))
    __radd__ = __add__
    def __sub__(self, o): return Money(self.cents - o.cents)
    def __mul__(self, k): return Money(self.cents * k)
    __rmul__ = __mul__
    def __truediv__(self, k): return Money(self.cents // k)
    def __neg__(self): return Money(-self.cents)
    def __abs__(self): return Money(abs(self.cents))
    def __eq__(self, o): return isinstance(o, Money) and self.cents == o.cents
    def __lt__(self, o): return self.cents < o.cents
    def __hash__(self): return hash(self.cents)
    def __bool__(self): return self.cents != 0
    def __int__(self): return self.cents
    def __float__(self): return self.cents / 100
    def __index__(self): return self.cents
    def __round__(self, n=None): return Money(round(self.cents, n or 0))
m = Money(150)
print(m + 50, 50 + m, m - Money(20), 3 * m, m * 3, m / 4, -m, abs(-m))
print(sum([Money(1), Money(2)], Money(0)), sum([Money(1), Money(2)]))
print(m > Money(100), m >= m, m <= Money(10), sorted([Money(3), Money(1)]), max(Money(2), Money(9)))
print(bool(Money(0)), int(m), float(m), [0, 1, 2][Money(1)], hex(Money(255)), round(m, -2))
print(len({Money(1), Money(1)}))
