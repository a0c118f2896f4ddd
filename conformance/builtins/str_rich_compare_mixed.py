# Comparing numbers with each other across types: int, float, complex, bool, Fraction; equality of containers of them.
from fractions import Fraction as F
vals = [0, 0.0, False, 0j, F(0), 1, 1.0, True, 1 + 0j, F(1, 1), 0.5, F(1, 2)]
print([[int(a == b) for b in vals] for a in vals[:6]])
print(sorted([F(1, 3), 0.3, True, 0, -1.5, F(-3, 2)]), [1, 2.0] == [1.0, 2], (1, F(1, 2)) == (True, 0.5), {1: 0, 1.0: 1}, {0.5, F(1, 2)})
for f in [lambda: 1j < 1, lambda: F(1) < 1j, lambda: sorted([1, "a"])]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
