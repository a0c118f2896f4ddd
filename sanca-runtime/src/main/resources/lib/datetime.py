"""Dates, times, time intervals and time zones (the datetime module of CPython 3.12).

Everything is proleptic Gregorian. Instances are immutable; their fields live in slots. The
local time zone is the one the time module reports (localtime/gmtoff), so timestamps of naive
datetimes follow its rules, folds included.
"""

import time as _time
import math as _math
from operator import index as _index

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999

_MAX_ORDINAL = 3652059          # date(9999, 12, 31).toordinal()
_EPOCH_ORDINAL = 719163         # date(1970, 1, 1).toordinal()
_US_PER_SECOND = 1000000
_US_PER_DAY = 86400 * _US_PER_SECOND

# Days in each month of a common year; index 0 unused.
_MONTH_LENGTHS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
# Days of a common year before the first of each month.
_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)

_KEEP = object()      # replace(): "this field as it is" (None is an error there)
_MISSING = object()   # a constructor argument not given (None is an error there)

_DAY_ABBR = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_ABBR = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
               "Nov", "Dec")


# ---------------------------------------------------------------- calendar arithmetic

def _leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _month_length(year, month):
    if month == 2 and _leap(year):
        return 29
    return _MONTH_LENGTHS[month]


def _ordinal(year, month, day):
    """Day number of a date, 1 for 0001-01-01."""
    y = year - 1
    n = y * 365 + y // 4 - y // 100 + y // 400
    n += _BEFORE_MONTH[month] + (month > 2 and _leap(year))
    return n + day


def _from_ordinal(n):
    """(year, month, day) of day number n."""
    n -= 1
    q400, n = divmod(n, 146097)
    q100, n = divmod(n, 36524)
    q4, n = divmod(n, 1461)
    q1, n = divmod(n, 365)
    year = q400 * 400 + q100 * 100 + q4 * 4 + q1 + 1
    if q1 == 4 or q100 == 4:
        # the last day of a leap cycle: December 31 of the year before
        return year - 1, 12, 31
    leap = _leap(year)
    month = (n + 50) >> 5
    before = _BEFORE_MONTH[month] + (month > 2 and leap)
    if before > n:
        month -= 1
        before = _BEFORE_MONTH[month] + (month > 2 and leap)
    return year, month, n - before + 1


def _iso_week1_monday(year):
    jan4 = _ordinal(year, 1, 4)
    return jan4 - (jan4 - 1) % 7


_TYPE_NAME = type.__dict__["__name__"]


class _CType(type):
    """Metaclass of this module's classes: they stand for C types, whose tp_name, used by
    every message about their instances ("unsupported operand type(s) for -: 'datetime.date'
    and 'int'"), is "datetime.date" while __name__ stays "date". The type's own name holds the
    former; __name__ reads the part after the last dot."""

    @property
    def __name__(cls):
        return _TYPE_NAME.__get__(cls).rpartition(".")[2]

    @__name__.setter
    def __name__(cls, value):
        _TYPE_NAME.__set__(cls, value)


class _Field(property):
    """A read-only field of date, time or datetime; assigning it fails as C's getset
    descriptors do."""

    def __set_name__(self, owner, name):
        self._place = (owner, name)

    def __set__(self, obj, value):
        owner, name = self._place
        raise AttributeError(f"attribute '{name}' of '{_TYPE_NAME.__get__(owner)}' objects "
                             "is not writable")

    def __delete__(self, obj):
        self.__set__(obj, None)


class _Member(property):
    """A read-only field of timedelta; assigning it fails as C's read-only members do."""

    def __set__(self, obj, value):
        raise AttributeError("readonly attribute")

    def __delete__(self, obj):
        raise AttributeError("readonly attribute")


def _type_name(obj):
    """tp_name of obj's type: "datetime.date" for this module's classes, __name__ for others."""
    return _TYPE_NAME.__get__(type(obj))


# ---------------------------------------------------------------- argument checks

def _int_field(value):
    if isinstance(value, int):
        return int(value)
    return _index(value)


def _require(month, day):
    """The C constructors' complaint when month or day is left out."""
    if month is _MISSING:
        raise TypeError("function missing required argument 'month' (pos 2)")
    if day is _MISSING:
        raise TypeError("function missing required argument 'day' (pos 3)")


def _check_date(year, month, day):
    year = _int_field(year)
    month = _int_field(month)
    day = _int_field(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"year {year} is out of range")
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _month_length(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time(hour, minute, second, microsecond, fold):
    hour = _int_field(hour)
    minute = _int_field(minute)
    second = _int_field(second)
    microsecond = _int_field(microsecond)
    fold = _int_field(fold)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _is_tzinfo(obj):
    return isinstance(obj, tzinfo)


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, "
                        f"not type '{type(tz).__name__}'")


def _checked_offset(value, what):
    """What tzinfo.utcoffset() or dst() returned, validated."""
    if value is None:
        return None
    if not isinstance(value, timedelta):
        raise TypeError(f"tzinfo.{what}() must return None or timedelta, "
                        f"not '{type(value).__name__}'")
    if not -timedelta(1) < value < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                         "and timedelta(hours=24).")
    return value


def _checked_tzname(value):
    if value is not None and not isinstance(value, str):
        raise TypeError(f"tzinfo.tzname() must return None or a string, not '{type(value).__name__}'")
    return value


def _cmp(a, b):
    return 0 if a == b else (1 if a > b else -1)


def _comparison(compare, equality, test):
    def method(self, other):
        c = getattr(self, compare)(other, equality)
        return NotImplemented if c is None else test(c)
    return method


def _ordered(compare):
    """Class decorator: the six rich comparisons, from the method named `compare`, called as
    compare(other, equality) and giving -1, 0 or 1, or None for an operand it does not compare
    with (then NotImplemented). Looked up by name, so a subclass's own compare is used."""
    def install(cls):
        for dunder, equality, test in (
                ('__eq__', True, lambda c: c == 0), ('__ne__', True, lambda c: c != 0),
                ('__lt__', False, lambda c: c < 0), ('__le__', False, lambda c: c <= 0),
                ('__gt__', False, lambda c: c > 0), ('__ge__', False, lambda c: c >= 0)):
            method = _comparison(compare, equality, test)
            method.__name__ = dunder
            method.__qualname__ = f'{cls.__qualname__}.{dunder}'
            setattr(cls, dunder, method)
        return cls
    return install


def _cant_compare(a, b):
    raise TypeError(f"can't compare {_type_name(a)} to {_type_name(b)}")


# ---------------------------------------------------------------- formatting helpers

def _offset_text(off, sep):
    """+HH<sep>MM[<sep>SS[.ffffff]] for a utcoffset, '' for None."""
    if off is None:
        return ""
    sign = "+"
    if off.days < 0:
        sign = "-"
        off = -off
    minutes, seconds = divmod(off.seconds, 60)
    hours, minutes = divmod(minutes, 60)
    text = f"{sign}{hours:02d}{sep}{minutes:02d}"
    if seconds or off.microseconds:
        text += f"{sep}{seconds:02d}"
        if off.microseconds:
            text += f".{off.microseconds:06d}"
    return text


def _clock_text(hh, mm, ss, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "hours":
        return f"{hh:02d}"
    if timespec == "minutes":
        return f"{hh:02d}:{mm:02d}"
    if timespec == "seconds":
        return f"{hh:02d}:{mm:02d}:{ss:02d}"
    if timespec == "milliseconds":
        return f"{hh:02d}:{mm:02d}:{ss:02d}.{us // 1000:03d}"
    if timespec == "microseconds":
        return f"{hh:02d}:{mm:02d}:{ss:02d}.{us:06d}"
    raise ValueError("Unknown timespec value")


def _strftime(obj, fmt, fields):
    """time.strftime over fields, after expanding %f, %z, %:z and %Z from obj."""
    if not isinstance(fmt, str):
        raise TypeError(f"strftime() argument 1 must be str, not {type(fmt).__name__}")
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != "%" or i + 1 == n:
            out.append(c)
            i += 1
            continue
        d = fmt[i + 1]
        if d == "f":
            out.append(f"{getattr(obj, 'microsecond', 0):06d}")
        elif d == "z":
            out.append(_offset_text(obj.utcoffset() if hasattr(obj, "utcoffset") else None, ""))
        elif d == ":" and fmt[i + 2:i + 3] == "z":
            out.append(_offset_text(obj.utcoffset() if hasattr(obj, "utcoffset") else None, ":"))
            i += 1
        elif d == "Z":
            name = obj.tzname() if hasattr(obj, "tzname") else None
            if name:
                out.append(name.replace("%", "%%"))
        else:
            out.append(fmt[i:i + 2])
        i += 2
    return _time.strftime("".join(out), fields)


def _format(obj, spec):
    if not isinstance(spec, str):
        raise TypeError(f"__format__() argument 1 must be str, not {type(spec).__name__}")
    if spec:
        return obj.strftime(spec)
    return str(obj)


# ---------------------------------------------------------------- ISO 8601 text

def _digits(s, start, count):
    """The int of s[start:start+count] when it is exactly count ASCII digits, else None."""
    part = s[start:start + count]
    if len(part) != count or not all("0" <= c <= "9" for c in part):
        return None
    return int(part)


def _iso_date_length(s):
    """How many leading characters of s form its date part."""
    if len(s) < 7:
        return None
    if s[4] == "-":
        if s[5] == "W":
            return 10 if len(s) > 8 and s[8] == "-" else 8
        return 10
    if s[4] == "W":
        return 8 if len(s) > 7 and "0" <= s[7] <= "9" else 7
    return 8


def _parse_iso_date(s):
    """(year, month, day) of an ISO 8601 calendar or week date, or None."""
    year = _digits(s, 0, 4)
    if year is None:
        return None
    n = len(s)
    extended = n > 4 and s[4] == "-"
    pos = 5 if extended else 4
    if s[pos:pos + 1] == "W":
        week = _digits(s, pos + 1, 2)
        pos += 3
        weekday = 1
        if pos < n:
            if extended:
                if s[pos] != "-":
                    return None
                pos += 1
            weekday = _digits(s, pos, 1)
            pos += 1
        if week is None or weekday is None or pos != n:
            return None
        return _iso_to_ymd(year, week, weekday)
    month = _digits(s, pos, 2)
    pos += 2
    if extended:
        if s[pos:pos + 1] != "-":
            return None
        pos += 1
    day = _digits(s, pos, 2)
    if month is None or day is None or pos + 2 != n:
        return None
    return year, month, day


def _iso_to_ymd(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"Year is out of range: {year}")
    if not 0 < week < 53:
        last_week = 52
        jan1_weekday = (_ordinal(year, 1, 1) + 6) % 7
        if jan1_weekday == 3 or (jan1_weekday == 2 and _leap(year)):
            last_week = 53
        if week != 53 or last_week != 53:
            raise ValueError(f"Invalid week: {week}")
    if not 0 < day < 8:
        raise ValueError(f"Invalid day: {day} (range is [1, 7])")
    return _from_ordinal(_iso_week1_monday(year) + (week - 1) * 7 + day - 1)


def _parse_clock(s):
    """[hour, minute, second, microsecond] of HH[:MM[:SS[.f+]]] or its basic form, or None."""
    fields = [0, 0, 0, 0]
    n = len(s)
    extended = n > 2 and s[2] == ":"
    pos = 0
    for i in range(3):
        value = _digits(s, pos, 2)
        if value is None:
            return None
        fields[i] = value
        pos += 2
        if pos == n:
            return fields
        if i == 2:
            break
        if extended:
            if s[pos] != ":":
                break
            pos += 1
            if pos == n:
                return None
    if i < 2 or s[pos] not in ".,":
        return None
    frac = s[pos + 1:]
    if not frac or not all("0" <= c <= "9" for c in frac):
        return None
    fields[3] = int(frac[:6].ljust(6, "0"))
    return fields


def _parse_iso_time(s):
    """(hour, minute, second, microsecond, tzinfo) of an ISO 8601 time, or None."""
    cut = len(s)
    for i, c in enumerate(s):
        if c in "Z+-":
            cut = i
            break
    clock = _parse_clock(s[:cut])
    if clock is None:
        return None
    tz = None
    if cut < len(s):
        zone = s[cut:]
        if zone == "Z":
            tz = timezone.utc
        else:
            parts = _parse_clock(zone[1:])
            if parts is None:
                return None
            off = timedelta(hours=parts[0], minutes=parts[1], seconds=parts[2],
                            microseconds=parts[3])
            if zone[0] == "-":
                off = -off
            tz = timezone.utc if not off else timezone(off)
    return clock[0], clock[1], clock[2], clock[3], tz


def _split_timestamp(t):
    """(whole seconds, microseconds) of a timestamp, microseconds rounded half to even."""
    if isinstance(t, int):
        return int(t), 0
    if not isinstance(t, float):
        if hasattr(type(t), "__index__"):
            return _index(t), 0
        if not hasattr(type(t), "__float__"):
            raise TypeError(f"'{type(t).__name__}' object cannot be interpreted as an integer")
        t = float(t)
    if t != t:
        raise ValueError("Invalid value NaN (not a number)")
    if t in (_math.inf, -_math.inf):
        raise OverflowError("cannot convert float infinity to integer")
    frac, whole = _math.modf(t)
    us = round(frac * 1e6)
    secs = int(whole)
    if us >= _US_PER_SECOND:
        secs += 1
        us -= _US_PER_SECOND
    elif us < 0:
        secs -= 1
        us += _US_PER_SECOND
    return secs, us


# ---------------------------------------------------------------- local time

_DAY_SECONDS = 86400


def _local_offset(u):
    return _time.localtime(u).tm_gmtoff


def _local_fields(u):
    tm = _time.localtime(u)
    return tm.tm_year, tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec


def _local_fold(u, fields):
    """1 when the wall time fields of instant u also happened once before (a repeated hour)."""
    shift = _local_offset(u - _DAY_SECONDS) - _local_offset(u)
    if shift > 0 and _local_fields(u - shift) == fields:
        return 1
    return 0


def _local_to_utc(wall, fold):
    """Seconds since the epoch of local wall-clock seconds `wall` (seconds since 1970 as if UTC)."""
    before = wall - _local_offset(wall - _DAY_SECONDS)
    after = wall - _local_offset(wall + _DAY_SECONDS)
    valid_before = before + _local_offset(before) == wall
    valid_after = after + _local_offset(after) == wall
    if valid_before and valid_after:
        if before == after:
            return before
        return max(before, after) if fold else min(before, after)
    if valid_before:
        return before
    if valid_after:
        return after
    # a skipped hour: fold 0 reads it with the offset from before the change
    return before if not fold else after


def _wall_seconds(dt):
    return ((dt.toordinal() - _EPOCH_ORDINAL) * _DAY_SECONDS
            + dt.hour * 3600 + dt.minute * 60 + dt.second)


# ================================================================ timedelta

@_ordered('_compare')
class timedelta(metaclass=_CType):
    """A duration: days, seconds (0..86399) and microseconds (0..999999)."""

    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                weeks=0):
        # Integer parts add up exactly; what floats leave below a microsecond is summed as a
        # float and rounded once at the end, half to even, as C's delta_new does.
        total = 0
        leftover = 0.0
        for value, unit, what in ((microseconds, 1, "microseconds"),
                                  (milliseconds, 1000, "milliseconds"),
                                  (seconds, _US_PER_SECOND, "seconds"),
                                  (minutes, 60 * _US_PER_SECOND, "minutes"),
                                  (hours, 3600 * _US_PER_SECOND, "hours"),
                                  (days, _US_PER_DAY, "days"),
                                  (weeks, 7 * _US_PER_DAY, "weeks")):
            if isinstance(value, int):
                total += value * unit
            elif isinstance(value, float):
                frac, whole = _math.modf(value)
                total += int(whole) * unit
                if frac:
                    frac, whole = _math.modf(unit * frac)
                    total += int(whole)
                    leftover += frac
            else:
                raise TypeError(f"unsupported type for timedelta {what} component: "
                                f"{type(value).__name__}")
        if leftover:
            total += _round_leftover(leftover, total & 1)
        return cls._from_us(total, cls)

    @staticmethod
    def _from_us(us, cls=None):
        days, rest = divmod(us, _US_PER_DAY)
        if not -999999999 <= days <= 999999999:
            raise OverflowError(f"days={days}; must have magnitude <= 999999999")
        self = object.__new__(timedelta if cls is None else cls)
        self._days = days
        self._seconds, self._microseconds = divmod(rest, _US_PER_SECOND)
        self._hashcode = -1
        return self

    def _us(self):
        return (self._days * 86400 + self._seconds) * _US_PER_SECOND + self._microseconds

    @_Member
    def days(self):
        return self._days

    @_Member
    def seconds(self):
        return self._seconds

    @_Member
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        return self._us() / _US_PER_SECOND

    def __repr__(self):
        parts = []
        if self._days:
            parts.append(f"days={self._days}")
        if self._seconds:
            parts.append(f"seconds={self._seconds}")
        if self._microseconds:
            parts.append(f"microseconds={self._microseconds}")
        return f"{_type_name(self)}({', '.join(parts) or '0'})"

    def __str__(self):
        minutes, s = divmod(self._seconds, 60)
        h, m = divmod(minutes, 60)
        text = f"{h}:{m:02d}:{s:02d}"
        if self._microseconds:
            text += f".{self._microseconds:06d}"
        if self._days:
            unit = "day" if abs(self._days) == 1 else "days"
            text = f"{self._days} {unit}, {text}"
        return text

    def __reduce__(self):
        return type(self), (self._days, self._seconds, self._microseconds)

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def _compare(self, other, equality=False):
        if isinstance(other, timedelta):
            return _cmp(self._us(), other._us())
        return None


    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(other._us() - self._us())
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._us())

    def __pos__(self):
        return timedelta._from_us(self._us())

    def __abs__(self):
        return timedelta._from_us(abs(self._us()))

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._us() * other)
        if isinstance(other, float):
            p, q = other.as_integer_ratio()
            return timedelta._from_us(_round_ratio(self._us() * p, q))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            return timedelta._from_us(_round_ratio(self._us(), other))
        if isinstance(other, float):
            p, q = other.as_integer_ratio()
            return timedelta._from_us(_round_ratio(self._us() * q, p))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return timedelta._from_us(self._us() // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, timedelta._from_us(r)
        return NotImplemented

    def __format__(self, spec):
        if not isinstance(spec, str):
            raise TypeError(f"__format__() argument must be str, not {type(spec).__name__}")
        if spec:
            raise TypeError(f"unsupported format string passed to {_type_name(self)}.__format__")
        return str(self)


def _round_away(x):
    return _math.floor(x + 0.5) if x >= 0 else _math.ceil(x - 0.5)


def _round_leftover(x, odd):
    """x rounded to an int; a tie goes to the value that makes the running total even."""
    r = _round_away(x)
    if abs(r - x) == 0.5:
        r = 2 * _round_away((x + odd) * 0.5) - odd
    return int(r)


def _round_ratio(num, den):
    """num/den rounded to the nearest int, ties to even."""
    if den == 0:
        raise ZeroDivisionError("integer division or modulo by zero")
    if den < 0:
        num, den = -num, -den
    q, r = divmod(num, den)
    twice = 2 * r
    if twice > den or (twice == den and q % 2):
        q += 1
    return q


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# ================================================================ date

@_ordered('_date_compare')
class date(metaclass=_CType):
    """A calendar date (year, month, day)."""

    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, year, month=_MISSING, day=_MISSING):
        if month is _MISSING and isinstance(year, bytes) and len(year) == 4 and 1 <= year[2] <= 12:
            self = object.__new__(cls)
            self._year = year[0] * 256 + year[1]
            self._month = year[2]
            self._day = year[3]
            self._hashcode = -1
            return self
        _require(month, day)
        year, month, day = _check_date(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    @classmethod
    def _make(cls, year, month, day):
        """An instance of cls, through its constructor when cls is a subclass."""
        if cls is date:
            self = object.__new__(date)
            self._year = year
            self._month = month
            self._day = day
            self._hashcode = -1
            return self
        return cls(year, month, day)

    # -- alternate constructors

    @classmethod
    def fromtimestamp(cls, t):
        secs, _ = _split_timestamp(t)
        tm = _time.localtime(secs)
        return cls(tm.tm_year, tm.tm_mon, tm.tm_mday)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _int_field(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAX_ORDINAL:
            raise ValueError(f"year {_from_ordinal(n)[0]} is out of range")
        return cls(*_from_ordinal(n))

    @classmethod
    def fromisoformat(cls, text):
        if not isinstance(text, str):
            raise TypeError("fromisoformat: argument must be str")
        ymd = None
        if len(text) in (7, 8, 10):
            try:
                ymd = _parse_iso_date(text)
            except ValueError:
                pass
        if ymd is None:
            raise ValueError(f"Invalid isoformat string: {text!r}")
        return cls(*ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_iso_to_ymd(year, week, day))

    # -- fields

    @_Field
    def year(self):
        return self._year

    @_Field
    def month(self):
        return self._month

    @_Field
    def day(self):
        return self._day

    # -- text

    def __repr__(self):
        return f"{_type_name(self)}({self._year}, {self._month}, {self._day})"

    def isoformat(self):
        return f"{self._year:04d}-{self._month:02d}-{self._day:02d}"

    def __str__(self):
        return self.isoformat()

    def ctime(self):
        return (f"{_DAY_ABBR[self.weekday()]} {_MONTH_ABBR[self._month]} {self._day:2d} "
                f"00:00:00 {self._year:04d}")

    def strftime(self, format):
        return _strftime(self, format, self.timetuple())

    def __format__(self, spec):
        return _format(self, spec)

    # -- conversions

    def timetuple(self):
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0, self.weekday(),
                                  self._yday(), -1))

    def _yday(self):
        return _BEFORE_MONTH[self._month] + (self._month > 2 and _leap(self._year)) + self._day

    def toordinal(self):
        return _ordinal(self._year, self._month, self._day)

    def replace(self, year=_KEEP, month=_KEEP, day=_KEEP):
        return type(self)(self._year if year is _KEEP else year,
                          self._month if month is _KEEP else month,
                          self._day if day is _KEEP else day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.weekday() + 1

    def isocalendar(self):
        year = self._year
        n = self.toordinal()
        start = _iso_week1_monday(year)
        if n < start:
            year -= 1
            start = _iso_week1_monday(year)
        elif year < MAXYEAR:
            following = _iso_week1_monday(year + 1)
            if n >= following:
                year += 1
                start = following
        week, day = divmod(n - start, 7)
        return IsoCalendarDate(year, week + 1, day + 1)

    # -- comparison and hashing

    def _date_compare(self, other, equality=False):
        """-1/0/1 against another plain date, or None when other is not one."""
        if isinstance(other, date) and not isinstance(other, datetime):
            return _cmp((self._year, self._month, self._day),
                        (other._year, other._month, other._day))
        return None


    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._year, self._month, self._day))
        return self._hashcode

    # -- arithmetic

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if not 0 < n <= _MAX_ORDINAL:
                raise OverflowError("date value out of range")
            return type(self)._make(*_from_ordinal(n))
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    # -- pickling

    def _state(self):
        return bytes((self._year >> 8, self._year & 255, self._month, self._day))

    def __reduce__(self):
        return type(self), (self._state(),)


class IsoCalendarDate(tuple, metaclass=_CType):
    """What date.isocalendar() returns: a (year, week, weekday) tuple with named fields."""

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    @_Field
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return tuple, (tuple(self),)

    def __repr__(self):
        return f"{_type_name(self)}(year={self[0]}, week={self[1]}, weekday={self[2]})"


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


# ================================================================ tzinfo

class tzinfo(metaclass=_CType):
    """Abstract base of time zone information: subclasses give utcoffset, dst and tzname."""

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        off = dt.utcoffset()
        if off is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        standard = off - dst
        if standard:
            dt += standard
            dst = dt.dst()
            if dst is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return dt + dst

    def __reduce__(self):
        initargs = getattr(self, "__getinitargs__", None)
        args = initargs() if initargs is not None else ()
        state = getattr(self, "__dict__", None) or None
        return type(self), args, state


# ================================================================ time

@_ordered('_time_compare')
class time(metaclass=_CType):
    """A time of day (hour, minute, second, microsecond) with an optional tzinfo."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold", "_hashcode")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if isinstance(hour, bytes) and len(hour) == 6 and (hour[0] & 127) < 24:
            self = object.__new__(cls)
            state = hour
            _check_tzinfo(minute if minute != 0 else None)
            self._set(state[0] & 127, state[1], state[2],
                      (state[3] << 16) | (state[4] << 8) | state[5],
                      minute if minute != 0 else None, state[0] >> 7)
            return self
        fields = _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._set(*fields[:4], tzinfo, fields[4])
        return self

    def _set(self, hour, minute, second, microsecond, tz, fold):
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tz
        self._fold = fold
        self._hashcode = -1

    @_Field
    def hour(self):
        return self._hour

    @_Field
    def minute(self):
        return self._minute

    @_Field
    def second(self):
        return self._second

    @_Field
    def microsecond(self):
        return self._microsecond

    @_Field
    def tzinfo(self):
        return self._tzinfo

    @_Field
    def fold(self):
        return self._fold

    @classmethod
    def fromisoformat(cls, text):
        if not isinstance(text, str):
            raise TypeError("fromisoformat: argument must be str")
        body = text[1:] if text[:1] == "T" else text
        parsed = _parse_iso_time(body)
        if parsed is None:
            raise ValueError(f"Invalid isoformat string: {text!r}")
        return cls(*parsed)

    # -- time zone

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _checked_offset(self._tzinfo.utcoffset(None), "utcoffset")

    def dst(self):
        if self._tzinfo is None:
            return None
        return _checked_offset(self._tzinfo.dst(None), "dst")

    def tzname(self):
        if self._tzinfo is None:
            return None
        return _checked_tzname(self._tzinfo.tzname(None))

    # -- text

    def __repr__(self):
        if self._microsecond:
            body = f"{self._hour}, {self._minute}, {self._second}, {self._microsecond}"
        elif self._second:
            body = f"{self._hour}, {self._minute}, {self._second}"
        else:
            body = f"{self._hour}, {self._minute}"
        if self._tzinfo is not None:
            body += f", tzinfo={self._tzinfo!r}"
        if self._fold:
            body += ", fold=1"
        return f"{_type_name(self)}({body})"

    def isoformat(self, timespec="auto"):
        text = _clock_text(self._hour, self._minute, self._second, self._microsecond, timespec)
        return text + _offset_text(self.utcoffset(), ":")

    def __str__(self):
        return self.isoformat()

    def strftime(self, format):
        fields = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _strftime(self, format, fields)

    def __format__(self, spec):
        return _format(self, spec)

    def replace(self, hour=_KEEP, minute=_KEEP, second=_KEEP, microsecond=_KEEP, tzinfo=_KEEP, *,
                fold=_KEEP):
        args = (self._hour if hour is _KEEP else hour,
                self._minute if minute is _KEEP else minute,
                self._second if second is _KEEP else second,
                self._microsecond if microsecond is _KEEP else microsecond,
                self._tzinfo if tzinfo is _KEEP else tzinfo)
        return type(self)(*args, fold=self._fold if fold is _KEEP else fold)

    # -- comparison and hashing

    def _time_compare(self, other, equality):
        if not isinstance(other, time):
            return None
        mine = (self._hour, self._minute, self._second, self._microsecond)
        theirs = (other._hour, other._minute, other._second, other._microsecond)
        if self._tzinfo is other._tzinfo:
            return _cmp(mine, theirs)
        off1 = self.utcoffset()
        off2 = other.utcoffset()
        if off1 == off2:
            return _cmp(mine, theirs)
        if off1 is None or off2 is None:
            if equality:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware times")
        return _cmp(self._seconds_of_day() - off1.days * 86400 * _US_PER_SECOND
                    - (off1.seconds * _US_PER_SECOND + off1.microseconds),
                    other._seconds_of_day() - off2.days * 86400 * _US_PER_SECOND
                    - (off2.seconds * _US_PER_SECOND + off2.microseconds))

    def _seconds_of_day(self):
        return ((self._hour * 3600 + self._minute * 60 + self._second) * _US_PER_SECOND
                + self._microsecond)


    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            off = t.utcoffset()
            if off is None:
                self._hashcode = hash((t._hour, t._minute, t._second, t._microsecond))
            else:
                self._hashcode = hash(timedelta(microseconds=t._seconds_of_day()) - off)
        return self._hashcode

    def __bool__(self):
        return True

    # -- pickling

    def _state(self, protocol):
        hour = self._hour + (128 if self._fold and protocol > 3 else 0)
        us = self._microsecond
        return bytes((hour, self._minute, self._second, us >> 16, (us >> 8) & 255, us & 255))

    def __reduce_ex__(self, protocol):
        state = self._state(protocol)
        if self._tzinfo is None:
            return type(self), (state,)
        return type(self), (state, self._tzinfo)

    def __reduce__(self):
        return self.__reduce_ex__(2)


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ================================================================ datetime

@_ordered('_dt_compare')
class datetime(date):
    """A date with a time of day and an optional tzinfo."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year, month=_MISSING, day=_MISSING, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        if (isinstance(year, bytes) and len(year) == 10 and 1 <= (year[2] & 127) <= 12
                and day is _MISSING and (month is _MISSING or month is None
                                         or _is_tzinfo(month))):
            state = year
            tz = None if month is _MISSING else month
            _check_tzinfo(tz)
            self = object.__new__(cls)
            self._fill(state[0] * 256 + state[1], state[2] & 127, state[3], state[4], state[5],
                       state[6], (state[7] << 16) | (state[8] << 8) | state[9], tz,
                       state[2] >> 7)
            return self
        _require(month, day)
        year, month, day = _check_date(year, month, day)
        hour, minute, second, microsecond, fold = _check_time(hour, minute, second,
                                                             microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._fill(year, month, day, hour, minute, second, microsecond, tzinfo, fold)
        return self

    def _fill(self, year, month, day, hour, minute, second, microsecond, tz, fold):
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tz
        self._fold = fold
        self._hashcode = -1

    @classmethod
    def _make(cls, year, month, day, hour=0, minute=0, second=0, microsecond=0, tz=None,
              fold=0):
        if cls is datetime:
            self = object.__new__(datetime)
            self._fill(year, month, day, hour, minute, second, microsecond, tz, fold)
            return self
        if fold:
            return cls(year, month, day, hour, minute, second, microsecond, tz, fold=fold)
        return cls(year, month, day, hour, minute, second, microsecond, tz)

    hour = _Field(time.hour.fget)
    minute = _Field(time.minute.fget)
    second = _Field(time.second.fget)
    microsecond = _Field(time.microsecond.fget)
    tzinfo = _Field(time.tzinfo.fget)
    fold = _Field(time.fold.fget)

    # -- alternate constructors

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        secs, us = _split_timestamp(t)
        if tz is not None:
            return tz.fromutc(cls._from_utc_seconds(secs, us, tz))
        fields = _local_fields(secs)
        return cls._make(*fields, us, None, _local_fold(secs, fields))

    @classmethod
    def _from_utc_seconds(cls, secs, us, tz):
        days, rest = divmod(secs, _DAY_SECONDS)
        n = days + _EPOCH_ORDINAL
        if not 0 < n <= _MAX_ORDINAL:
            raise ValueError(f"year {_from_ordinal(n)[0]} is out of range")
        minutes, second = divmod(rest, 60)
        hour, minute = divmod(minutes, 60)
        return cls._make(*_from_ordinal(n), hour, minute, second, us, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        import warnings
        warnings.warn("datetime.datetime.utcfromtimestamp() is deprecated and scheduled for "
                      "removal in a future version. Use timezone-aware objects to represent "
                      "datetimes in UTC: datetime.datetime.fromtimestamp(timestamp, datetime.UTC).",
                      DeprecationWarning, stacklevel=2)
        secs, us = _split_timestamp(t)
        return cls._from_utc_seconds(secs, us, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def utcnow(cls):
        import warnings
        warnings.warn("datetime.datetime.utcnow() is deprecated and scheduled for removal in a "
                      "future version. Use timezone-aware objects to represent datetimes in UTC: "
                      "datetime.datetime.now(datetime.UTC).", DeprecationWarning, stacklevel=2)
        secs, us = _split_timestamp(_time.time())
        return cls._from_utc_seconds(secs, us, None)

    @classmethod
    def fromordinal(cls, n):
        d = date.fromordinal(n)
        return cls._make(d._year, d._month, d._day)

    @classmethod
    def combine(cls, date_part, time_part, tzinfo=_KEEP):
        if not isinstance(date_part, date):
            raise TypeError("combine() argument 1 must be datetime.date, "
                            f"not {type(date_part).__name__}")
        if not isinstance(time_part, time):
            raise TypeError("combine() argument 2 must be datetime.time, "
                            f"not {type(time_part).__name__}")
        if tzinfo is _KEEP:
            tzinfo = time_part.tzinfo
        _check_tzinfo(tzinfo)
        return cls._make(date_part.year, date_part.month, date_part.day, time_part.hour,
                         time_part.minute, time_part.second, time_part.microsecond, tzinfo,
                         time_part.fold)

    @classmethod
    def fromisoformat(cls, text):
        if not isinstance(text, str):
            raise TypeError("fromisoformat: argument must be str")
        n = _iso_date_length(text)
        ymd = None if n is None else _parse_iso_date(text[:n])
        if ymd is None:
            raise ValueError(f"Invalid isoformat string: {text!r}")
        clock = (0, 0, 0, 0, None)
        if len(text) > n:
            clock = _parse_iso_time(text[n + 1:])
            if clock is None:
                raise ValueError(f"Invalid isoformat string: {text!r}")
        return cls(*ymd, *clock)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_iso_to_ymd(year, week, day))

    @classmethod
    def strptime(cls, date_string, format):
        for position, arg in enumerate((date_string, format), 1):
            if not isinstance(arg, str):
                raise TypeError(f"strptime() argument {position} must be str, "
                                f"not {type(arg).__name__}")
        import _strptime
        return _strptime._strptime_datetime(cls, date_string, format)

    # -- time zone

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _checked_offset(self._tzinfo.utcoffset(self), "utcoffset")

    def dst(self):
        if self._tzinfo is None:
            return None
        return _checked_offset(self._tzinfo.dst(self), "dst")

    def tzname(self):
        if self._tzinfo is None:
            return None
        return _checked_tzname(self._tzinfo.tzname(self))

    def _local_timestamp(self):
        return _local_to_utc(_wall_seconds(self), self._fold)

    def timestamp(self):
        off = self.utcoffset()
        if off is None:
            return self._local_timestamp() + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def _utc_offset_or_local(self):
        off = self.utcoffset()
        if off is None:
            # the offset in force at the instant this wall time names (as C does, even for a
            # time in a skipped hour)
            off = timedelta(seconds=_local_offset(self._local_timestamp()))
        return off

    def astimezone(self, tz=None):
        if tz is not None and not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass, "
                            f"not type '{type(tz).__name__}'")
        if tz is not None and tz is self._tzinfo:
            return self
        utc = self - self._utc_offset_or_local()
        if tz is None:
            secs = (utc.replace(tzinfo=None) - _EPOCH_NAIVE) // timedelta(seconds=1)
            tm = _time.localtime(secs)
            tz = timezone(timedelta(seconds=tm.tm_gmtoff), tm.tm_zone)
        return tz.fromutc(utc.replace(tzinfo=tz))

    # -- parts

    def date(self):
        return date._make(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo,
                    fold=self._fold)

    def timetuple(self):
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        return _time.struct_time((self._year, self._month, self._day, self._hour, self._minute,
                                  self._second, self.weekday(), self._yday(), flag))

    def utctimetuple(self):
        off = self.utcoffset()
        t = self
        if off:
            t = self.replace(tzinfo=None) - off
        return _time.struct_time((t._year, t._month, t._day, t._hour, t._minute, t._second,
                                  t.weekday(), t._yday(), 0))

    def replace(self, year=_KEEP, month=_KEEP, day=_KEEP, hour=_KEEP, minute=_KEEP, second=_KEEP,
                microsecond=_KEEP, tzinfo=_KEEP, *, fold=_KEEP):
        args = (self._year if year is _KEEP else year,
                self._month if month is _KEEP else month,
                self._day if day is _KEEP else day,
                self._hour if hour is _KEEP else hour,
                self._minute if minute is _KEEP else minute,
                self._second if second is _KEEP else second,
                self._microsecond if microsecond is _KEEP else microsecond,
                self._tzinfo if tzinfo is _KEEP else tzinfo)
        return type(self)(*args, fold=self._fold if fold is _KEEP else fold)

    # -- text

    def __repr__(self):
        body = f"{self._year}, {self._month}, {self._day}, {self._hour}, {self._minute}"
        if self._microsecond:
            body += f", {self._second}, {self._microsecond}"
        elif self._second:
            body += f", {self._second}"
        if self._fold:
            body += ", fold=1"
        if self._tzinfo is not None:
            body += f", tzinfo={self._tzinfo!r}"
        return f"{_type_name(self)}({body})"

    def isoformat(self, sep="T", timespec="auto"):
        if not isinstance(sep, str) or len(sep) != 1:
            what = f"a string of length {len(sep)} found" if isinstance(sep, str) else type(sep).__name__
            if isinstance(sep, str):
                raise TypeError("isoformat() argument 1 must be a unicode character, not str")
            raise TypeError(f"isoformat() argument 1 must be a unicode character, not {what}")
        return (f"{self._year:04d}-{self._month:02d}-{self._day:02d}{sep}"
                + _clock_text(self._hour, self._minute, self._second, self._microsecond, timespec)
                + _offset_text(self.utcoffset(), ":"))

    def __str__(self):
        return self.isoformat(sep=" ")

    def ctime(self):
        return (f"{_DAY_ABBR[self.weekday()]} {_MONTH_ABBR[self._month]} {self._day:2d} "
                f"{self._hour:02d}:{self._minute:02d}:{self._second:02d} {self._year:04d}")

    def strftime(self, format):
        return _strftime(self, format, self.timetuple())

    # -- comparison and hashing

    def _dt_compare(self, other, equality):
        """-1/0/1, 2 for 'unequal but unordered', None for NotImplemented."""
        if not isinstance(other, datetime):
            if isinstance(other, date):
                if equality:
                    return 2
                _cant_compare(self, other)
            return None
        mine = (self._year, self._month, self._day, self._hour, self._minute, self._second,
                self._microsecond)
        theirs = (other._year, other._month, other._day, other._hour, other._minute,
                  other._second, other._microsecond)
        if self._tzinfo is other._tzinfo:
            return _cmp(mine, theirs)
        off1 = self.utcoffset()
        off2 = other.utcoffset()
        if equality and (self._fold_changes_offset(off1) or other._fold_changes_offset(off2)):
            return 2
        if off1 == off2:
            return _cmp(mine, theirs)
        if off1 is None or off2 is None:
            if equality:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        diff = self - other
        return -1 if diff.days < 0 else (1 if diff else 0)

    def _fold_changes_offset(self, off):
        if off is None:
            return False
        return self.replace(fold=1 - self._fold).utcoffset() != off


    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            off = t.utcoffset()
            if off is None:
                self._hashcode = hash((t._year, t._month, t._day, t._hour, t._minute,
                                       t._second, t._microsecond))
            else:
                self._hashcode = hash(t._as_delta() - off)
        return self._hashcode

    # -- arithmetic

    def _as_delta(self):
        return timedelta._from_us(
            ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second)
             * _US_PER_SECOND) + self._microsecond)

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        micro = self._microsecond + other._microseconds
        secs = self._hour * 3600 + self._minute * 60 + self._second + other._seconds
        if micro >= _US_PER_SECOND:
            micro -= _US_PER_SECOND
            secs += 1
        days = other._days
        if secs >= 86400:
            secs -= 86400
            days += 1
        if days:
            n = _ordinal(self._year, self._month, self._day) + days
            if not 0 < n <= _MAX_ORDINAL:
                raise OverflowError("date value out of range")
            year, month, day = _from_ordinal(n)
        else:
            year, month, day = self._year, self._month, self._day
        minutes, second = divmod(secs, 60)
        hour, minute = divmod(minutes, 60)
        return type(self)._make(year, month, day, hour, minute, second, micro, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        base = self._as_delta() - other._as_delta()
        if self._tzinfo is other._tzinfo:
            return base
        off1 = self.utcoffset()
        off2 = other.utcoffset()
        if off1 == off2:
            return base
        if off1 is None or off2 is None:
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        return base + off2 - off1

    # -- pickling

    def _state(self, protocol):
        month = self._month + (128 if self._fold and protocol > 3 else 0)
        us = self._microsecond
        return bytes((self._year >> 8, self._year & 255, month, self._day, self._hour,
                      self._minute, self._second, us >> 16, (us >> 8) & 255, us & 255))

    def __reduce_ex__(self, protocol):
        state = self._state(protocol)
        if self._tzinfo is None:
            return type(self), (state,)
        return type(self), (state, self._tzinfo)

    def __reduce__(self):
        return self.__reduce_ex__(2)


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


# ================================================================ timezone

class timezone(tzinfo):
    """A fixed offset from UTC, with an optional name."""

    __slots__ = ("_offset", "_name")

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, "
                            f"not {type(offset).__name__}")
        if name is not None and not isinstance(name, str):
            raise TypeError(f"timezone() argument 2 must be str, not {type(name).__name__}")
        if name is None and not offset and _UTC is not None:
            return _UTC
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                             f"and timedelta(hours=24), not {offset!r}.")
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'datetime.timezone' is not an acceptable base type")

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timezone):
            return self._offset != other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC:
            return "datetime.timezone.utc"
        if self._name is None:
            return f"{_type_name(self)}({self._offset!r})"
        return f"{_type_name(self)}({self._offset!r}, {self._name!r})"

    def __str__(self):
        return self.tzname(None)

    def _check_dt(self, dt, what):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError(f"{what}(dt) argument must be a datetime instance or None, "
                            f"not {type(dt).__name__}")

    def utcoffset(self, dt):
        self._check_dt(dt, "utcoffset")
        return self._offset

    def dst(self, dt):
        self._check_dt(dt, "dst")
        return None

    def tzname(self, dt):
        self._check_dt(dt, "tzname")
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _offset_text(self._offset, ":")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset


_UTC = None
_UTC = timezone(timedelta(0))
timezone.utc = UTC = _UTC
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))

for _cls in (timedelta, date, IsoCalendarDate, tzinfo, time, datetime, timezone):
    _TYPE_NAME.__set__(_cls, "datetime." + _cls.__qualname__)
del _cls

_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_EPOCH_NAIVE = datetime(1970, 1, 1)
