# Comparisons and hashing: naive vs aware rules, date vs datetime, times with offsets, sorting.
from datetime import date, datetime, time, timedelta, timezone


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


utc = timezone.utc
plus2 = timezone(timedelta(hours=2), "CEST")
naive = datetime(2024, 6, 1, 12)
aware = datetime(2024, 6, 1, 12, tzinfo=utc)
show(lambda: (naive == aware, naive != aware, aware == aware.astimezone(plus2), aware.astimezone(plus2) - aware))
show(lambda: naive < aware)
show(lambda: aware >= naive)
show(lambda: naive - aware)
show(lambda: aware - naive)
show(lambda: (date(2024, 1, 1) == datetime(2024, 1, 1), datetime(2024, 1, 1) != date(2024, 1, 1)))
show(lambda: date(2024, 1, 1) < datetime(2024, 1, 1))
show(lambda: datetime(2024, 1, 1) >= date(2024, 1, 1))
show(lambda: date(2024, 1, 1) - datetime(2024, 1, 1))
show(lambda: datetime(2024, 1, 1) - date(2024, 1, 1))
show(lambda: date(2024, 1, 1) < 5)
show(lambda: date(2024, 1, 1) == "2024-01-01")
show(lambda: time(1) < 5)
show(lambda: time(1, tzinfo=utc) < time(1))
show(lambda: (time(1, tzinfo=utc) == time(1), time(3, tzinfo=plus2) == time(1, tzinfo=utc), time(3, tzinfo=plus2) < time(1, 1, tzinfo=utc)))
show(lambda: (time(1) == time(1, fold=1), datetime(2024, 5, 6, fold=1) == datetime(2024, 5, 6)))
show(lambda: sorted([datetime(2024, 1, 1, 12, tzinfo=plus2), datetime(2024, 1, 1, 11, tzinfo=utc), datetime(2024, 1, 1, 9, 59, tzinfo=utc)]))
show(lambda: sorted([date(2024, 5, 1), date(2019, 1, 1), date(2024, 4, 30)]))
show(lambda: max(time(9), time(8, 30), time(23, 59, 59, 999999)))
show(lambda: (hash(aware) == hash(aware.astimezone(plus2)), hash(naive) == hash(naive.replace(fold=1))))
show(lambda: (hash(date(2024, 1, 1)) == hash(date(2024, 1, 1)), hash(time(3, tzinfo=plus2)) == hash(time(1, tzinfo=utc))))
show(lambda: len({aware, aware.astimezone(plus2), aware.astimezone(timezone(timedelta(hours=-7)))}))
show(lambda: {date(2024, 1, 1): "a"}[date(2024, 1, 1)])
show(lambda: (timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), "x"), timezone.utc == timezone(timedelta(0)), timezone.utc == 0))
show(lambda: timezone.utc < timezone(timedelta(hours=1)))
show(lambda: (timezone(timedelta(0)) is timezone.utc, timezone(timedelta(0), "UTC") is timezone.utc))
