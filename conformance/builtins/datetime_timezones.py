# datetime with fixed-offset timezones (timezone class, no tz database): conversion, utcoffset, formatting.
from datetime import datetime, timezone, timedelta
utc = timezone.utc
plus2 = timezone(timedelta(hours=2), "CEST")
minus5 = timezone(timedelta(hours=-5, minutes=-30))
dt = datetime(2024, 6, 1, 12, 0, tzinfo=utc)
print(dt, dt.astimezone(plus2), dt.astimezone(minus5), dt.tzname(), dt.astimezone(plus2).tzname(), dt.astimezone(minus5).tzname())
print(dt.utcoffset(), dt.astimezone(minus5).utcoffset(), repr(plus2), str(minus5), repr(utc), timezone(timedelta(0)))
print(dt == dt.astimezone(plus2), dt.astimezone(plus2) - dt, dt.isoformat(), dt.astimezone(minus5).isoformat(), dt.strftime("%z %Z"))
naive = datetime(2024, 6, 1, 12, 0)
try:
    naive < dt
except TypeError as e:
    print(type(e).__name__, e)
try:
    naive - dt
except TypeError as e:
    print(type(e).__name__, e)
print(naive == dt, naive.replace(tzinfo=utc) == dt, datetime.fromisoformat("2024-06-01T14:00:00+02:00") == dt)
print(datetime.fromtimestamp(0, utc), datetime.fromtimestamp(1700000000, plus2), dt.timestamp(), datetime(1970, 1, 1, tzinfo=utc).timestamp())
print(datetime.strptime("2024-06-01 12:00 +0530", "%Y-%m-%d %H:%M %z"), dt.timetz(), dt.astimezone(plus2).date())
try:
    timezone(timedelta(hours=25))
except ValueError as e:
    print(type(e).__name__, e)
print(sorted([dt.astimezone(minus5), dt.astimezone(plus2) + timedelta(minutes=1), dt - timedelta(seconds=1)])[0].isoformat())
