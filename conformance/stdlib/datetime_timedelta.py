# timedelta: normalisation, float rounding (half to even), arithmetic, division, str/repr, errors.
from datetime import timedelta


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


td = timedelta(days=1, hours=25, minutes=-30, seconds=3661, milliseconds=1500, microseconds=7, weeks=1)
print(td, repr(td), td.days, td.seconds, td.microseconds, td.total_seconds())
for v in [timedelta(0), timedelta(microseconds=-1), timedelta(days=-1, seconds=1), timedelta(hours=100),
          timedelta(days=-3, microseconds=5), timedelta(days=2), timedelta(days=-1), timedelta(seconds=-0.5)]:
    print(str(v), repr(v))
show(lambda: timedelta(seconds=0.5e-6))
show(lambda: timedelta(seconds=1.5e-6))
show(lambda: timedelta(seconds=2.5e-6))
show(lambda: timedelta(minutes=0.1, hours=1 / 3))
show(lambda: timedelta(days=0.1, seconds=0.2, microseconds=0.3))
show(lambda: timedelta(days=10 ** 9))
show(lambda: timedelta(days=-10 ** 9))
show(lambda: timedelta("1"))
show(lambda: timedelta(hours=None))
show(lambda: timedelta(seconds=float("nan")))
show(lambda: timedelta.max + timedelta(microseconds=1))
a, b = timedelta(hours=25), timedelta(hours=2)
show(lambda: (a + b, a - b, b - a, -a, +a, abs(-a), a * 2, 3 * b, a * 0.3333, 2.5 * b))
show(lambda: (a / b, a // b, a % b, divmod(a, b), a / 7, a // 7, a / 1.1))
show(lambda: (a / 0))
show(lambda: (a // 0))
show(lambda: (a / timedelta(0)))
show(lambda: (a % timedelta(0)))
show(lambda: (a % 7))
show(lambda: (a + 1))
show(lambda: (1 - a))
show(lambda: (a * "x"))
show(lambda: (a < b, a > b, a == timedelta(days=1, hours=1), a != b, a == 5, sorted([a, b, -a])))
show(lambda: a < 5)
show(lambda: (bool(timedelta(0)), bool(timedelta(microseconds=1)), a.__reduce__()))
show(lambda: (format(a), format(a, ""), f"{a!s:>20}|{a!r}"))
show(lambda: format(a, "x"))
show(lambda: (hash(a) == hash(timedelta(seconds=90000)), {a: 1}[timedelta(hours=25)]))
show(lambda: (timedelta(weeks=52).days, timedelta(milliseconds=1).microseconds, timedelta(minutes=1.5).seconds))
