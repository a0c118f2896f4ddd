# Subclasses of date, datetime and timedelta: which operations keep the subclass; pickling state.
import copy
from datetime import date, datetime, time, timedelta, timezone


class D(date):
    def hello(self):
        return f"D on {self:%d %b}"


class DT(datetime):
    pass


class TD(timedelta):
    pass


class T(time):
    pass


d = D(2024, 1, 1)
x = DT(2024, 1, 1, 5)
print(d, repr(d), d.hello(), type(d + timedelta(1)).__name__, type(d - timedelta(1)).__name__)
print(repr(d.replace(day=2)), type(D.today()).__name__, repr(D.fromordinal(5)), repr(D.fromisoformat("2024-01-02")))
print(repr(D.fromisocalendar(2024, 1, 1)), repr(x + timedelta(1)), repr(x.astimezone(timezone.utc)), repr(x.replace(hour=1)))
print(repr(DT.combine(d, time(1))), repr(DT.strptime("2024", "%Y")), repr(x.date()), repr(DT.fromtimestamp(0, timezone.utc)))
print(repr(TD(1)), repr(TD(1) + TD(1)), repr(-TD(1)), repr(TD(1) * 2), type(abs(TD(-1))).__name__, repr(T(1, 2)), repr(T(1).replace(minute=5)))
print(type(x - x).__name__, type(d - d).__name__, isinstance(x, date), issubclass(DT, date), DT.__mro__[1].__name__)
print(date.__name__, date.__qualname__, date.__module__, datetime.__name__, repr(date), timedelta.__name__, type(date.today().isocalendar()).__name__)
for obj in [date(2024, 1, 1), datetime(2024, 1, 1, 1, 2, 3, 4, fold=1), datetime(2024, 1, 1, tzinfo=timezone.utc),
            time(1, 2, 3, 4, timezone.utc), time(5, fold=1), timedelta(1, 2, 3), timezone.utc, d, x]:
    r = obj.__reduce__()
    rebuilt = r[0](*r[1])
    print(repr(r), rebuilt == obj, type(rebuilt).__name__)
print(repr(datetime(2024, 1, 1, 1, fold=1).__reduce_ex__(4)), repr(time(1, fold=1).__reduce_ex__(4)))
print(repr(datetime(*datetime(2024, 1, 1, 1, fold=1).__reduce_ex__(4)[1])), repr(time(*time(1, fold=1).__reduce_ex__(4)[1])))
print(copy.copy(x), copy.deepcopy(datetime(2024, 2, 3, tzinfo=timezone(timedelta(hours=1), "A"))), copy.deepcopy(d).hello())
print(repr(date(2024, 3, 10).isocalendar()), date(2024, 3, 10).isocalendar().week, date(2024, 3, 10).isocalendar().__reduce__())
