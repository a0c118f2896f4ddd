# round() of ints (any size) with negative ndigits, half-even ties, bool, and errors.
for n, d in [(15, -1), (25, -1), (35, -1), (-25, -1), (150, -2), (250, -2), (12345, -10), (10 ** 30 + 5 * 10 ** 10, -11),
             (7 * 10 ** 40 + 5 * 10 ** 39, -40), (-(10 ** 50) - 5, -1), (5, 0), (5, 3), (True, -1), (2 ** 100, -30)]:
    print(n, d, round(n, d), type(round(n, d)).__name__)
print(round(10 ** 100), round(-5), round(True), type(round(True)).__name__)
print(round(123, 2 ** 70), round(-123, 2 ** 63))
for bad in [lambda: round(1, 1.5), lambda: round(1, "1"), lambda: round("1"), lambda: round(), lambda: round(1, 2, 3)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
print(round(2.675, 2), round(-0.5), round(0.5), round(1.5), round(2.5), round(1e300, -299), round(float("inf"), 2))
for bad in [lambda: round(float("inf")), lambda: round(float("nan"))]:
    try:
        bad()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
