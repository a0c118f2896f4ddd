# math.fsum exact summation, math.prod with start, math.isclose tolerances, sumprod (3.12).
import math
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.fsum([]), math.fsum(range(10)))
print(math.fsum([math.inf, 1]), math.fsum([0.1, 0.2, 0.3]), math.fsum(iter([2.5, -0.5])), math.fsum([-0.0, -0.0]))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]), math.prod(range(1, 21)), math.prod([2, 3], start=10), math.prod(["a"], start=1) if False else "-")
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.1), math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9),
      math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan), math.isclose(-math.inf, math.inf))
print(math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([0.1] * 10, [1] * 10), math.sumprod([], []))
for f in [lambda: math.fsum([math.inf, -math.inf]), lambda: math.fsum([1e308, 1e308]), lambda: math.fsum(["a"]), lambda: math.isclose(1, 1, rel_tol=-1),
          lambda: math.prod(5), lambda: math.sumprod([1], [1, 2]), lambda: math.isclose(1), lambda: math.fsum(1)]:
    try:
        print(f())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
