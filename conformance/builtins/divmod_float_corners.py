# divmod/%//: with floats: signs, infinities, nan, negative zero results, big int mixes and errors.
vals = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1e300, 1e-300), (5, float("inf")), (-5, float("inf")),
        (float("inf"), 5), (0.0, -3), (-0.0, 3), (1, float("nan")), (2 ** 100, 3.0), (3.0, 2 ** 100), (-1e-320, 1)]
for a, b in vals:
    try:
        print(a, b, divmod(a, b), a % b, a // b)
    except (ZeroDivisionError, OverflowError) as e:
        print(a, b, type(e).__name__, e)
for a, b in [(1.0, 0), (1, 0.0), (0.0, 0.0), (1, 0)]:
    for op in [divmod, lambda x, y: x % y, lambda x, y: x // y]:
        try:
            op(a, b)
        except ZeroDivisionError as e:
            print(a, b, "ZeroDivisionError", e)
try:
    divmod(10 ** 400, 1.5)
except OverflowError as e:
    print("OverflowError", e)
for bad in [lambda: divmod("a", 1), lambda: divmod(1j, 1), lambda: 1j % 1, lambda: 1j // 1]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
