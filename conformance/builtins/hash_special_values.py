# hash() of numbers and special values: -1, infinities, nan, fractions, complex, tuples, None and errors.
from fractions import Fraction
from decimal import Decimal
print(hash(-1), hash(-2), hash(0), hash(0.0), hash(-0.0), hash(1.5) == hash(1.5), hash(float("inf")), hash(float("-inf")), hash(True))
print(hash(1) == hash(1.0) == hash(Fraction(1)) == hash(complex(1, 0)), hash(0.5) == hash(Fraction(1, 2)), hash(1j) == hash(complex(0, 1)))
print(hash(Fraction(-1)), hash(-1.0), hash(complex(-1, 0)), hash(2 ** 100) == hash(2 ** 100 + 0), hash(-(2 ** 100)) == -hash(2 ** 100))
print(hash(()) == hash(()), hash((1, 2)) == hash((1, 2)), hash(frozenset()) == hash(frozenset()), hash(None) == hash(None))
print(hash(Decimal("1.5")) == hash(1.5), hash(Decimal(-1)) == hash(-1), hash(range(3)) == hash(range(0, 3)), hash(slice) is not None)
nan = float("nan")
print(hash(nan) == hash(nan), {nan: 1}.get(nan), hash(b"") == hash(""), hash(True) == hash(1))
for bad in [[], {}, set(), bytearray(), ([],)]:
    try:
        print(hash(bad))
    except TypeError as e:
        print("TypeError", e)
class H:
    def __hash__(self):
        return 2 ** 100
class HB:
    def __hash__(self):
        return "x"
class HN:
    __hash__ = None
print(hash(H()) == hash(2 ** 100))
for bad in [HB(), HN()]:
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError", e)
