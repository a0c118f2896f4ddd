# float overflow: ** and conversions raise OverflowError; plain * and + give inf.
import math
print(1e308 * 10, -1e308 * 10, 1e308 + 1e308, 2.0 ** 1023 * 2, 1e-320 / 1e10)
for f in [lambda: 2.0 ** 10000, lambda: 10.0 ** 400, lambda: (-10.0) ** 401, lambda: math.exp(1000), lambda: float(10**400), lambda: 1e308 ** 2,
          lambda: 0.0 ** -1, lambda: (-8.0) ** 0.5, lambda: (-1.5) ** 2.5, lambda: math.pow(0.0, -1.0), lambda: int(1e400)]:
    try:
        print(f())
    except (OverflowError, ZeroDivisionError, ValueError) as e:
        print(type(e).__name__, e if len(e.args) == 1 else "(errno, strerror)")
print(2.0 ** -1080, 0.0 ** 0.0, float("inf") ** 0, float("nan") ** 0, 0.5 ** float("inf"))
