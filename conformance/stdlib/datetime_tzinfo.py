# tzinfo subclasses and timezone: utcoffset/dst/tzname, fromutc, astimezone, bad results.
from datetime import datetime, time, timedelta, timezone, tzinfo, UTC


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Fixed(tzinfo):
    def __init__(self, hours, name):
        self.off = timedelta(hours=hours)
        self.name = name

    def utcoffset(self, dt):
        return self.off

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return self.name

    def __repr__(self):
        return f"Fixed({self.name})"


class Summer(tzinfo):
    """+1 in winter, +2 from April to September (a toy rule)."""

    def __repr__(self):
        return "Summer()"

    def utcoffset(self, dt):
        return timedelta(hours=1) + self.dst(dt)

    def dst(self, dt):
        return timedelta(hours=1) if dt is not None and 4 <= dt.month <= 9 else timedelta(0)

    def tzname(self, dt):
        return "SUM" if self.dst(dt) else "WIN"


class Bad(tzinfo):
    def utcoffset(self, dt):
        return 5

    def tzname(self, dt):
        return 7

    def dst(self, dt):
        return timedelta(days=1)


f = Fixed(3, "THREE")
s = Summer()
dt = datetime(2024, 6, 1, 12, tzinfo=UTC)
show(lambda: (dt.astimezone(f), dt.astimezone(f).tzname(), dt.astimezone(s), dt.astimezone(s).tzname()))
show(lambda: (datetime(2024, 1, 5, tzinfo=s).utcoffset(), datetime(2024, 7, 5, tzinfo=s).dst(), datetime(2024, 7, 5, tzinfo=s).timetuple().tm_isdst))
show(lambda: datetime(2024, 1, 1, 12, tzinfo=UTC).astimezone(s))
show(lambda: (datetime(2024, 7, 5, 10, tzinfo=s).isoformat(), datetime(2024, 7, 5, 10, tzinfo=s).utctimetuple()[:6]))
show(lambda: datetime(2024, 1, 1, tzinfo=Bad()).utcoffset())
show(lambda: datetime(2024, 1, 1, tzinfo=Bad()).tzname())
show(lambda: datetime(2024, 1, 1, tzinfo=Bad()).dst())
show(lambda: str(datetime(2024, 1, 1, tzinfo=Bad())))
show(lambda: tzinfo().utcoffset(None))
show(lambda: tzinfo().tzname(None))
show(lambda: tzinfo().dst(None))
show(lambda: f.fromutc(datetime(2024, 1, 1)))
show(lambda: f.fromutc(datetime(2024, 1, 1, tzinfo=f)))
show(lambda: f.fromutc(5))
show(lambda: timezone.utc.fromutc(datetime(2024, 1, 1)))
show(lambda: timezone.utc.fromutc(datetime(2024, 1, 1, tzinfo=timezone.utc)))
show(lambda: timezone.utc.utcoffset(5))
show(lambda: timezone(timedelta(hours=25)))
show(lambda: timezone(5))
show(lambda: timezone(timedelta(0), 5))
show(lambda: (timezone(timedelta(hours=5, seconds=15)), str(timezone(timedelta(hours=-5, microseconds=15)))))
show(lambda: (timezone(timedelta(hours=-1)).tzname(None), timezone(timedelta(hours=1, minutes=30), "X").tzname(None), str(timezone.max), repr(timezone.min)))
show(lambda: (timezone.utc.dst(None), timezone.utc.utcoffset(None), UTC is timezone.utc))
show(lambda: (time(5, tzinfo=f).utcoffset(), time(5, tzinfo=f).tzname(), time(5, tzinfo=f).dst(), time(5).utcoffset()))
show(lambda: datetime(2024, 1, 1, tzinfo=f).astimezone(f) is not None)
show(lambda: datetime(2024, 1, 1).astimezone(5))
show(lambda: (datetime(2024, 1, 1, tzinfo=f) - datetime(2024, 1, 1, tzinfo=UTC), datetime(2024, 1, 1, tzinfo=f) == datetime(2023, 12, 31, 21, tzinfo=UTC)))
show(lambda: (timezone.utc.__reduce__(), timezone(timedelta(hours=1), "x").__reduce__(), f.__reduce__()[0].__name__))
show(lambda: datetime.fromtimestamp(1700000000, f))
show(lambda: datetime.fromtimestamp(0, UTC) + timedelta(days=365.25 * 30))
try:
    class Sub(timezone):
        pass
except TypeError as e:
    print(type(e).__name__, e)
