# hash() and == agree across int, float, bool, complex, Fraction-like classes, tuples and frozensets.
import math
pairs = [(1, 1.0), (True, 1), (0, -0.0), (2**60, float(2**60)), (1 + 0j, 1), (0.5, 0.5 + 0j), ((1, 2), (1.0, 2.0)), (frozenset([1]), frozenset([1.0]))]
for a, b in pairs:
    print(repr(a), repr(b), a == b, hash(a) == hash(b))
print(hash(float("inf")) == hash(float("inf")), hash(math.inf), hash(-math.inf))
print(hash(0.1) == hash(0.1), hash(1e100) == hash(int(1e100)))
