# Ordinals, weekdays, ISO calendar, timetuple/utctimetuple and date arithmetic at the edges.
from datetime import date, datetime, timedelta, timezone


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for y, m, dd in [(1, 1, 1), (4, 2, 29), (100, 3, 1), (400, 12, 31), (1582, 10, 15), (1900, 2, 28), (2000, 2, 29),
                 (2024, 12, 30), (2026, 1, 1), (2021, 1, 3), (9999, 12, 31)]:
    d = date(y, m, dd)
    n = d.toordinal()
    print(d, n, date.fromordinal(n) == d, d.weekday(), d.isoweekday(), tuple(d.isocalendar()), d.timetuple().tm_yday)
show(lambda: date.max + timedelta(1))
show(lambda: date.min - timedelta(1))
show(lambda: datetime.max + timedelta(microseconds=1))
show(lambda: datetime.min - timedelta(microseconds=1))
show(lambda: date(2024, 1, 31) + timedelta(days=30, hours=23))
show(lambda: date(2024, 3, 1) - timedelta(hours=1))
show(lambda: (date(2024, 3, 1) - date(2023, 3, 1), datetime(2024, 3, 1) - datetime(2024, 2, 28, 23, 59, 59, 1)))
show(lambda: timedelta(1) + date(2024, 2, 28))
show(lambda: timedelta(1) - date(2024, 2, 28))
dt = datetime(2024, 3, 10, 14, 30, 5, 123456)
show(lambda: (dt.timetuple(), dt.utctimetuple()))
show(lambda: dt.replace(tzinfo=timezone(timedelta(hours=2))).utctimetuple())
show(lambda: datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=1))).utctimetuple())
show(lambda: (dt.date(), dt.time(), dt.timetz(), dt.replace(tzinfo=timezone.utc).timetz()))
show(lambda: [date(2024, 1, d).strftime("%a") for d in range(1, 8)])
show(lambda: date(2024, 2, 29).replace(year=2023))
show(lambda: (date(2024, 2, 29).replace(year=2028), datetime(2000, 1, 1).replace(year=2001)))
show(lambda: [datetime.fromisocalendar(2024, w, 1).date() for w in (1, 52)])
show(lambda: (datetime(2024, 5, 6, 7, 8, 9).toordinal(), datetime.fromordinal(739000)))
