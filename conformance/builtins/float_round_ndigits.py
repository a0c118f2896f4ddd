# round() of floats: half-even, ndigits positive/negative, correct decimal rounding, errors.
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.5), type(round(2.5)).__name__)
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(1234.5678, -2), round(1250.0, -2), round(-1250.0, -2))
print(round(5e-324, 400), round(1.5, 0), type(round(1.5, 0)).__name__, round(1.5, None), round(123.456, -5), round(1e300, -300), round(-0.0, 1), round(0.1, 308))
print(round(float("inf"), 2), round(float("nan"), 3), round(1e22, 5), round(2.5, -1000), round(1.23456789, 6))
for bad in [lambda: round(float("inf")), lambda: round(float("nan")), lambda: round(1.5, 1.0), lambda: round(1.5, "1"), lambda: round(-float("inf"))]:
    try:
        print(bad())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
