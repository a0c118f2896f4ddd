# float // % divmod: sign rules, signed zeros, infinities, and ZeroDivisionError texts.
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1.0, 0.1), (0.0, -3.0), (-0.0, 3.0), (5.0, float("inf")), (-5.0, float("inf")),
         (float("inf"), 2.0), (1e300, 1e-300), (3, 0.5)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
for a, b in [(1.0, 0), (1, 0.0), (0.0, 0.0), (1.0, -0.0)]:
    for f in (lambda: a / b, lambda: a // b, lambda: a % b, lambda: divmod(a, b)):
        try:
            print(f())
        except ZeroDivisionError as e:
            print(type(e).__name__, e)
print(math_fmod := __import__("math").fmod(-7.5, 2), -7.5 % 2, 7 % -0.5, -1e-20 % 1.0)
