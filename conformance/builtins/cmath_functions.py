# cmath: sqrt/exp/log/phase/polar/rect, constants, isclose, branch cuts with signed zeros, errors.
import cmath, math
r = lambda z: complex(round(z.real, 10), round(z.imag, 10))
print(cmath.sqrt(-4), cmath.sqrt(complex(-4, -0.0)), r(cmath.exp(1j * math.pi)), cmath.log(1), r(cmath.log(-1)), r(cmath.log(8, 2)), r(cmath.log10(100j)))
print(cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.polar(1 + 1j), r(cmath.rect(2, math.pi / 2)), cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nanj)
print(r(cmath.sin(1j)), r(cmath.cos(1 + 1j)), r(cmath.tan(0.5)), r(cmath.asin(2)), r(cmath.acos(2)), r(cmath.atan(1j / 2)), r(cmath.sinh(1)), r(cmath.atanh(2)))
print(cmath.isfinite(1 + 1j), cmath.isinf(complex(math.inf, 0)), cmath.isnan(complex(0, math.nan)), cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.sqrt(4), cmath.exp(0))
for f in [lambda: cmath.log(0), lambda: cmath.sqrt("x"), lambda: cmath.atanh(1), lambda: cmath.exp(1000), lambda: cmath.log(1, 0), lambda: cmath.isclose(1, 1, rel_tol=-1), lambda: cmath.acos(complex(math.inf, math.nan)) if False else cmath.cosh(complex(1000, 1))]:
    try:
        print(f())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
