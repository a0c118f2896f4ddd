# float.as_integer_ratio / is_integer / int() of floats: exact ratios, infinities and nan errors, huge values.
for x in [0.0, -0.0, 0.5, -0.1, 1e-320, 1e300, 3.0, 2.0 ** 60 + 1, 5e-324]:
    n, d = x.as_integer_ratio()
    print(repr(x), n if abs(n) < 10 ** 30 else len(str(n)), d if d < 10 ** 30 else len(str(d)), x.is_integer(), n / d == x)
for x in [float("inf"), float("-inf"), float("nan")]:
    for f in [lambda v: v.as_integer_ratio(), int, lambda v: v.__trunc__(), round, lambda v: v.__floor__(), lambda v: v.__ceil__()]:
        try:
            f(x)
        except (OverflowError, ValueError) as e:
            print(repr(x), type(e).__name__, e)
    print(repr(x), x.is_integer())
print(int(1e300) == 10 ** 300, int(-2.5), int(2.9999), (2.5).__trunc__(), (-2.5).__floor__(), (-2.5).__ceil__(), (7.0).__round__(-1))
print((1.5).hex(), (3.75).as_integer_ratio(), float.as_integer_ratio(2.0), (10.0).is_integer(), (1e16 + 1).is_integer())
