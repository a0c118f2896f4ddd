# isoformat with timespec and separators; fromisoformat's accepted 3.12 forms and rejected ones.
from datetime import date, datetime, time, timedelta, timezone


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


d = datetime(2024, 3, 10, 14, 30, 5, 123456)
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds", "bad"]:
    show(lambda: (d.isoformat(timespec=spec), d.time().isoformat(spec)))
show(lambda: (d.isoformat(" "), d.replace(microsecond=0).isoformat(), d.replace(microsecond=0).isoformat(timespec="milliseconds")))
show(lambda: d.isoformat(sep="xx"))
show(lambda: d.replace(tzinfo=timezone(timedelta(hours=-3, minutes=-7, seconds=-5, microseconds=-1))).isoformat())
show(lambda: (str(d), str(d.date()), str(d.time()), date(5, 1, 2).isoformat(), str(time(1, 2, 3, 40))))
for s in ["2024-01-01", "20240101", "2024-W01", "2024W01", "2024-W01-2", "2024W012", "2024-01-01T10",
          "2024-01-01T1015", "2024-01-01T10:15:30.5", "2024-01-01T10:15:30,123456789", "2024-01-01 10:15Z",
          "2024-01-01T10:15+05", "2024-01-01T10:15-0530", "2024-01-01T10:15+05:30:15.5", "2024-01-01x10:15",
          "2024-01-0110:15", "2024-01-01T10:15:30.", "2024-01-01T", "20240101T101530", "2024-01-01T10:15:30+00:00",
          "2024-01-01T10:15:3", "2024-01-01T10:15:30.1234567x", "2024-01-01T10:15 ", "2024-001", "2024-01",
          "2024-02-30", "2024-01-01T24:00", "2024-01-01T25:00"]:
    show(lambda: datetime.fromisoformat(s))
for s in ["10", "1015", "10:15", "101530", "10:15:30.25", "T10:15", "10:15Z", "10:15:30-01:00", "24:00", "10:15:",
          "10:1", "10:15:30.123456789"]:
    show(lambda: time.fromisoformat(s))
for s in ["2024-01-01T10", "2024-1-01", "202401", "2024-W53", "2020-W53-7", "2024-02-30", "20241231"]:
    show(lambda: date.fromisoformat(s))
show(lambda: date.fromisoformat(20240101))
show(lambda: datetime.fromisoformat(None))
dt = datetime(2024, 6, 1, 12, 0, tzinfo=timezone(timedelta(hours=5, minutes=30)))
show(lambda: datetime.fromisoformat(dt.isoformat()) == dt)
show(lambda: time.fromisoformat(time(1, 2, 3, 4).isoformat()))
