# strftime, __format__ and f-strings for date, time and datetime (C locale), with zone directives.
from datetime import date, datetime, time, timedelta, timezone


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


d = datetime(2024, 3, 10, 14, 30, 5, 123456)
print(d.strftime("%a %A %b %B %d %H %I %j %m %M %p %S %U %w %W %y %Y %%"))
print(d.strftime("%c|%x|%X|%G-%V-%u|%f|%%f|%z|%:z|%Z|"))
aware = d.replace(tzinfo=timezone(timedelta(hours=-3, minutes=-7, seconds=-5), "Odd%Zone"))
print(aware.strftime("%z|%:z|%Z"), aware.replace(tzinfo=timezone.utc).strftime("%z %Z"))
print(date(2024, 1, 5).strftime("%Y-%m-%d %H:%M:%S %j %a"), time(9, 5, 7, 11).strftime("%H:%M:%S.%f %p %I"))
print(time(21, 0, tzinfo=timezone(timedelta(hours=2))).strftime("%H %z %Z"), time(12).strftime("%Y-%m-%d"))
print(f"{d:%Y/%m/%d}|{d}|{d:}|{d.date():%d %b}|{d.time():%H}|{date(2024, 2, 29)!r}")
print(format(d), format(d, "%H:%M"), format(date(2000, 1, 1), ""), format(time(1), "%M"))
print(d.ctime(), date(2024, 1, 5).ctime(), datetime(2024, 11, 25, 3, 4, 5).ctime())
show(lambda: d.strftime(5))
show(lambda: d.__format__(5))
show(lambda: format(date(2024, 1, 1), 5))
print(datetime(1999, 12, 31).strftime("%y %C %D %e %F %R %T %n%t|"))
for y in [2020, 2021, 2026]:
    jan = date(y, 1, 1)
    print(y, jan.strftime("%U %W %V %G %u %w"), date(y, 12, 31).strftime("%U %W %V %G %j"))
