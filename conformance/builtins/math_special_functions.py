# math.gamma, lgamma, erf, erfc with poles and overflow errors.
import math
r = lambda x: round(x, 10)
print(math.gamma(5), math.gamma(0.5) ** 2, r(math.lgamma(10)), math.lgamma(1), math.lgamma(2), r(math.gamma(-0.5)), math.gamma(171.5) > 1e300)
print(r(math.erf(0.5)), r(math.erfc(0.5)), math.erf(0), math.erfc(0), math.erf(math.inf), math.erfc(-math.inf), math.erf(-10), r(math.erfc(10) * 1e45))
for f in [lambda: math.gamma(0), lambda: math.gamma(-1), lambda: math.gamma(-2.0), lambda: math.gamma(200), lambda: math.lgamma(0), lambda: math.lgamma(-3), lambda: math.gamma(-math.inf)]:
    try:
        print(f())
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(math.gamma(math.inf), math.lgamma(math.inf), math.lgamma(-math.inf), math.gamma(math.nan))
