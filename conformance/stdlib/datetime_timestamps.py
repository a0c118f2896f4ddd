# Timestamps with an explicit zone, round trips through the local zone, and the clock functions
# (only facts that hold in every local time zone are printed).
import time
from datetime import date, datetime, timedelta, timezone, UTC


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: datetime.fromtimestamp(0, UTC))
show(lambda: datetime.fromtimestamp(1700000000.5, timezone(timedelta(hours=-8))))
show(lambda: datetime.fromtimestamp(1.5e-6, UTC))
show(lambda: datetime.fromtimestamp(2.5e-6, UTC))
show(lambda: datetime.fromtimestamp(-1.5, UTC))
show(lambda: datetime.fromtimestamp(-86400 * 365, UTC))
show(lambda: datetime.fromtimestamp(float("nan")))
show(lambda: datetime.fromtimestamp("1"))
show(lambda: datetime.fromtimestamp(0, 5))
show(lambda: (datetime(2024, 6, 1, tzinfo=UTC).timestamp(), datetime(1969, 12, 31, 23, 59, 59, 500000, tzinfo=UTC).timestamp()))
show(lambda: datetime(2024, 6, 1, 12, tzinfo=timezone(timedelta(hours=2))).timestamp())
for t in [0, 1700000000, 1700000000.25, 951782400]:
    local = datetime.fromtimestamp(t)
    print(t, local.timestamp() == t, local.tzinfo, date.fromtimestamp(t) == local.date(), local.astimezone(UTC) == datetime.fromtimestamp(t, UTC))
now = datetime.now()
print(type(now).__name__, now.tzinfo, abs(now.timestamp() - time.time()) < 5, datetime.now(UTC).tzinfo, type(date.today()).__name__)
print(abs(datetime.now(UTC) - datetime.now().astimezone()) < timedelta(seconds=5), datetime.today().tzinfo is None)
aware = datetime(2024, 6, 1, 12, tzinfo=UTC).astimezone()
print(type(aware.tzinfo).__name__, aware == datetime(2024, 6, 1, 12, tzinfo=UTC), aware.utcoffset() == aware.tzinfo.utcoffset(None))
print(datetime(2024, 6, 1, 12).astimezone(UTC) == datetime(2024, 6, 1, 12).astimezone().astimezone(UTC))
show(lambda: datetime.utcfromtimestamp(86400))
show(lambda: datetime.utcnow().tzinfo)
