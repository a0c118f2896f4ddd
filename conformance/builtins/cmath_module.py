# cmath: complex math functions, polar/rect, special values and errors.
import cmath, math
z = complex(3, 4)
print(abs(z), cmath.phase(z), cmath.polar(z), cmath.rect(5, math.pi / 2).real < 1e-15, cmath.sqrt(-4), cmath.sqrt(z))
print(cmath.exp(complex(0, math.pi)), cmath.log(-1), cmath.log10(100), cmath.log(8, 2), cmath.exp(1))
print(cmath.sin(1j), cmath.cos(1j), cmath.tan(0j), cmath.asin(2), cmath.acos(2), cmath.atan(1j / 2))
print(cmath.sinh(1j), cmath.cosh(0), cmath.tanh(1), cmath.asinh(1), cmath.acosh(1), cmath.atanh(0.5))
print(cmath.isfinite(z), cmath.isinf(complex(math.inf, 0)), cmath.isnan(complex(0, math.nan)), cmath.isclose(1 + 1j, 1.0000000001 + 1j))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
for bad in [lambda: cmath.log(0), lambda: cmath.sqrt("x"), lambda: cmath.atanh(1), lambda: cmath.exp(complex(1000, 1))]:
    try:
        print(bad())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(cmath.sqrt(complex(-0.0, -0.0)), cmath.sqrt(-1 + 0j), cmath.sqrt(-1 - 0j), cmath.phase(complex(-1, -0.0)), cmath.phase(complex(-1, 0.0)))
