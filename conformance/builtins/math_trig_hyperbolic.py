# math trig and hyperbolic functions, degrees/radians, atan2 signs, hypot/dist, domain errors.
import math
r = lambda x: round(x, 12)
print(r(math.sin(math.pi / 6)), r(math.cos(math.pi / 3)), r(math.tan(math.pi / 4)), math.asin(1), math.acos(-1), math.atan(math.inf), math.atan2(1, 1))
print(math.atan2(0.0, -0.0), math.atan2(-0.0, -0.0), math.atan2(-0.0, 0.0), math.atan2(math.inf, math.inf), math.atan2(1, -math.inf))
print(math.sinh(1), math.cosh(1), math.tanh(0.5), math.asinh(1), math.acosh(2), math.atanh(0.5), math.tanh(1000), math.sinh(-0.0))
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.hypot(), math.hypot(1, 2, 2), math.hypot(math.inf, math.nan), math.dist((0, 0), (3, 4)), math.dist([1], [4]))
for f in [lambda: math.asin(2), lambda: math.acos(-1.5), lambda: math.sin(math.inf), lambda: math.cos(-math.inf), lambda: math.tan(math.inf), lambda: math.acosh(0.5),
          lambda: math.atanh(1), lambda: math.cosh(1000), lambda: math.sinh(1000), lambda: math.dist((1, 2), (1,)), lambda: math.dist(1, 2), lambda: math.hypot("a")]:
    try:
        print(f())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
print(math.sin(math.nan), math.atan(math.nan), math.asinh(math.inf), math.atanh(-0.0))
