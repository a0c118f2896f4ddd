# float.as_integer_ratio, is_integer, int/trunc/floor/ceil conversions and their errors.
import math
for v in [0.0, 0.5, -0.75, 0.1, 1e20, 2.0**-1074, 3.0, -2.5e-3]:
    print(v, v.as_integer_ratio(), v.is_integer(), int(v), math.trunc(v), math.floor(v), math.ceil(v))
for v in [float("inf"), float("-inf"), float("nan")]:
    for f in (lambda x: x.as_integer_ratio(), int, math.floor, math.ceil):
        try:
            print(f(v))
        except (OverflowError, ValueError) as e:
            print(v, type(e).__name__, e)
    print(v.is_integer())
print((1.5).conjugate(), (2.0).real, (2.0).imag, float.__trunc__(2.7), (2.5).__floor__(), (2.5).__ceil__())
