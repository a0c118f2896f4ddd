# datetime.date/datetime/timedelta arithmetic and formatting with fixed values (no clock access).
from datetime import date, datetime, timedelta, time
d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(days=1), d + timedelta(days=2), d - date(2023, 2, 28), d.weekday(), d.isoweekday(), d.isocalendar())
print(d.replace(day=1), d.toordinal(), date.fromordinal(738944), date.fromisoformat("2024-12-31"), d.strftime("%A %d %B %Y, day %j"), d.ctime())
dt = datetime(2024, 3, 10, 14, 30, 5, 123456)
print(dt, repr(dt), dt.isoformat(), dt.isoformat(sep=" ", timespec="seconds"), dt.date(), dt.time(), dt.timetuple()[:6])
print(dt + timedelta(hours=10), dt - timedelta(weeks=1, microseconds=1), dt - datetime(2024, 1, 1), (dt - datetime(2024, 1, 1)).total_seconds())
print(dt.strftime("%Y-%m-%d %H:%M:%S.%f %p %I %y %b %a %%"), datetime.strptime("2021-07-04 09:15", "%Y-%m-%d %H:%M"), datetime.fromisoformat("2024-03-10T14:30:05"))
td = timedelta(days=1, hours=25, minutes=-30, seconds=3661, milliseconds=1500)
print(td, repr(td), td.days, td.seconds, td.microseconds, td.total_seconds(), -td, abs(-td), td * 2, td / 2, td // timedelta(hours=1), td % timedelta(hours=1))
print(timedelta(0), timedelta(microseconds=-1), timedelta(days=-1, seconds=1), str(timedelta(hours=100)), timedelta.max, timedelta.resolution)
print(date(2024, 1, 1) < date(2024, 1, 2), datetime(2024, 1, 1) == datetime(2024, 1, 1, 0, 0), max(date(2020, 5, 1), date(2019, 1, 1)), sorted([time(9), time(8, 30)]))
print(time(23, 59, 59, 999999), time(7, 5).isoformat(), time.fromisoformat("10:11:12"), time(12).strftime("%H:%M %p"))
for bad in [lambda: date(2023, 2, 29), lambda: date(2024, 13, 1), lambda: datetime(2024, 1, 1, 24), lambda: date.fromisoformat("2024-1-1"), lambda: datetime.strptime("x", "%Y"), lambda: date(2024, 1, 1) - 1, lambda: date(1, 1, 1) - timedelta(days=1)]:
    try:
        print(bad())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(date.min, date.max, datetime(2000, 1, 1).replace(year=2001), date(2024, 2, 29).replace(year=2028))
