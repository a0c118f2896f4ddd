# math constants and basic functions: sqrt, exp, log variants, pow, fabs, fmod, copysign, their domain errors.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, type(math.nan).__name__)
print(math.sqrt(2), math.sqrt(0.0), math.sqrt(-0.0), math.exp(1), math.exp(-1000), math.expm1(1e-10), math.exp2(10), math.cbrt(27), math.cbrt(-8))
print(math.log(math.e), math.log(8, 2), math.log(100, 10), math.log10(1000), math.log2(1024), math.log1p(1e-10), math.log(2**1000), math.log10(10**400))
print(math.pow(2, 10), math.pow(-2, 3), math.fabs(-3), math.fmod(7, -3), math.fmod(-7, 3), math.copysign(3, -0.0), math.remainder(7, 4), math.remainder(-7, 4))
for f in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.log(1, 1), lambda: math.log10(-5), lambda: math.log2(0), lambda: math.exp(1000),
          lambda: math.pow(-1, 0.5), lambda: math.fmod(1, 0), lambda: math.fmod(math.inf, 1), lambda: math.log1p(-1), lambda: math.remainder(1, 0), lambda: math.sqrt("4"),
          lambda: math.log(0, 10), lambda: math.pow(10, 400), lambda: math.log(-(10**400))]:
    try:
        print(f())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
