# math float helpers: floor/ceil/trunc with ints and __floor__, modf, frexp, ldexp, nextafter, ulp, isfinite.
import math
class Fl:
    def __floor__(self): return "floor!"
    def __ceil__(self): return "ceil!"
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(10**30), math.ceil(True), math.floor(Fl()), math.ceil(Fl()), type(math.floor(2.0)).__name__)
print(math.modf(3.25), math.modf(-3.25), math.modf(math.inf), math.frexp(8.0), math.frexp(0.0), math.frexp(-0.1), math.ldexp(0.5, 4), math.ldexp(1, -1074), math.ldexp(1.0, -1080))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0), math.nextafter(1.0, 2.0, steps=2), math.ulp(1.0), math.ulp(0.0), math.ulp(math.inf), math.ulp(-1e300))
print(math.isfinite(math.nan), math.isinf(1e308 * 10), math.isnan(float("nan")), math.fabs(-0.0), math.copysign(math.nan, -1))
for f in [lambda: math.floor(math.inf), lambda: math.ceil(math.nan), lambda: math.ldexp(1.0, 10000), lambda: math.floor("1"), lambda: math.trunc(object()),
          lambda: math.frexp("x"), lambda: math.ldexp(1.0, 1.5), lambda: math.nextafter(1.0, 2.0, steps=-1)]:
    try:
        print(f())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
