# sum() with start values of different types: Fraction, Decimal, timedelta, complex, lists, custom __add__.
from fractions import Fraction
from decimal import Decimal
from datetime import timedelta
print(sum([Fraction(1, 3)] * 3), sum([Decimal("0.1")] * 3), sum([timedelta(hours=1)] * 3, timedelta()), sum([1j, 2, 0.5]), sum([[1], [2]], [0]))
print(sum(range(1, 101)), sum(x / 10 for x in range(10)), sum([1e308, 1e308]), sum([float("inf"), -float("inf")]), sum([0.1, 0.2, 0.3]) == 0.6)
print(sum([2 ** 64, 2 ** 64]), sum([True] * 5), sum([], 1.5), sum([1, 2], 0.0), type(sum([1, 2], 0.0)).__name__, sum([Fraction(1, 2), 0.5]))
class Money:
    def __init__(self, c): self.c = c
    def __add__(self, o): return Money(self.c + (o.c if isinstance(o, Money) else o))
    __radd__ = __add__
    def __repr__(self): return f"Money({self.c})"
print(sum([Money(1), Money(2)]), sum([Money(5)], Money(10)))
try:
    sum([timedelta(1)])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([[1]], None)
except TypeError as e:
    print(type(e).__name__, e)
print(sum((i for i in range(5)), start=100), sum({1: "a", 2: "b"}), sum({1.5, 2.5}), sum(b"\x01\x02"))
