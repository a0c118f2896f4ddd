# math module: common functions, constants, special values, and domain/range errors.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.isqrt(10 ** 40), math.cbrt(27) if hasattr(math, "cbrt") else 3.0)
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), type(math.floor(2.5)).__name__)
print(math.fabs(-3), math.copysign(3, -0.0), math.fmod(-7, 3), -7 % 3, math.remainder(7, 2), math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.exp(1), math.exp(0), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(0), math.expm1(0), math.pow(2, 10))
print(math.sin(0), math.cos(0), math.tan(0), round(math.sin(math.pi / 2), 12), math.atan2(1, 1), math.asin(1), math.acos(1), math.atan(math.inf))
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)))
print(math.sinh(0), math.cosh(0), math.tanh(math.inf), math.asinh(0), math.acosh(1), math.atanh(0))
print(math.factorial(20), math.gcd(12, 18), math.gcd(0, 0), math.gcd(12, 18, 27), math.lcm(4, 6), math.lcm(), math.comb(10, 3), math.perm(5, 2), math.perm(5))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2), math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan), math.isnan(1))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2], start=2), math.fsum([0.1] * 10), math.sumprod([1, 2], [3, 4]) if hasattr(math, "sumprod") else 11)
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.gamma(5), math.lgamma(1), math.erf(0), math.erfc(0))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.acos(2), lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.exp(1000), lambda: math.isqrt(-1), lambda: math.sqrt("4"), lambda: math.comb(-1, 2), lambda: math.floor(math.inf), lambda: math.floor(math.nan), lambda: math.log(1, 1), lambda: math.fmod(1, 0), lambda: math.gcd(1.5, 2), lambda: math.pow(0, -1)]:
    try:
        print(bad())
    except (ValueError, TypeError, OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(math.sqrt(True), math.floor(True), math.log(10 ** 400) > 920, math.log2(2 ** 1000), math.inf > 10 ** 400)
print(math.trunc(1e20), math.ceil(10 ** 30 + 0.5) == 10 ** 30, math.copysign(1, math.nan) if False else "skip")
