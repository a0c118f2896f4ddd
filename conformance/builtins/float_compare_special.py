# float comparisons: nan never equal, -0.0 == 0.0, inf ordering, mixed with huge ints.
nan, inf = float("nan"), float("inf")
print(nan == nan, nan != nan, nan < 1, nan > 1, -0.0 == 0.0, inf > 1e308, -inf < -1e308, inf == inf, inf - inf)
print(1e308 < 2**1024, 1e308 > 2**1000, 2.0**63 == 2**63, 2.0**63 == 2**63 + 1, 0.1 == 1/10, 0.1 + 0.2 == 0.3)
print(sorted([3.0, -0.0, 0.0, -inf, inf, 1e-300]), max(nan, 1), max(1, nan), min([2.0, 1.0, 3.0]))
print([x for x in (nan, 0.0) if x == x], nan in [nan], nan is nan, [nan] == [nan], (nan,) == (nan,))
import math
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1e308), math.copysign(1, -0.0), math.copysign(1, 0.0))
