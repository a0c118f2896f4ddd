"""Parsing of time text by strftime-style formats: time.strptime and datetime.strptime.

A format becomes one regular expression (each directive a named group, cached per format);
the groups matched are then turned into the fields of a struct_time, a datetime or a date.
Names of days and months are the C locale's (English).
"""

import re as _re
import time as _time
from datetime import date as _date, timedelta as _timedelta, timezone as _timezone

__all__ = []

_DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december")

# Directive -> the text it matches (without the group). The locale-dependent composites
# (%c, %x, %X) are expanded as formats of the C locale.
_FIELD_PATTERNS = {
    "d": r"3[01]|[12]\d|0[1-9]|[1-9]| [1-9]",
    "f": r"[0-9]{1,6}",
    "H": r"2[0-3]|[0-1]\d|\d",
    "I": r"1[0-2]|0[1-9]|[1-9]",
    "G": r"\d\d\d\d",
    "j": r"36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9]",
    "m": r"1[0-2]|0[1-9]|[1-9]",
    "M": r"[0-5]\d|\d",
    "S": r"6[0-1]|[0-5]\d|\d",
    "U": r"5[0-3]|[0-4]\d|\d",
    "W": r"5[0-3]|[0-4]\d|\d",
    "w": r"[0-6]",
    "u": r"[1-7]",
    "V": r"5[0-3]|0[1-9]|[1-4]\d|\d",
    "y": r"\d\d",
    "Y": r"\d\d\d\d",
    "z": r"[+-]\d\d:?[0-5]\d(?::?[0-5]\d(?:\.\d{1,6})?)?|(?-i:Z)",
}
_COMPOSITES = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}

_cache = {}
_CACHE_LIMIT = 100


def _alternatives(words):
    # longest first, so that "march" is not taken for "mar"
    return "|".join(_re.escape(w) for w in sorted(words, key=len, reverse=True))


def _word_pattern(directive):
    if directive == "A":
        return _alternatives(_DAY_NAMES)
    if directive == "a":
        return _alternatives(n[:3] for n in _DAY_NAMES)
    if directive == "B":
        return _alternatives(_MONTH_NAMES)
    if directive == "b":
        return _alternatives(n[:3] for n in _MONTH_NAMES)
    if directive == "p":
        return "am|pm"
    if directive == "Z":
        return _alternatives(_zone_names())
    return None


def _zone_names():
    names = {"utc", "gmt"}
    for name in _time.tzname:
        if name:
            names.add(name.lower())
    return names


class _Builder:
    """Turns a format into a regular expression text, one named group per directive."""

    def __init__(self, fmt):
        self.fmt = fmt

    def build(self, fmt):
        out = []
        i = 0
        n = len(fmt)
        while i < n:
            c = fmt[i]
            if c == "%":
                if i + 1 == n:
                    raise ValueError(f"stray % in format '{self.fmt}'")
                out.append(self.directive(fmt[i + 1]))
                i += 2
            elif c.isspace():
                j = i
                while j < n and fmt[j].isspace():
                    j += 1
                out.append(r"\s+")
                i = j
            else:
                out.append(_re.escape(c))
                i += 1
        return "".join(out)

    def directive(self, d):
        if d == "%":
            return "%"
        if d in _COMPOSITES:
            return self.build(_COMPOSITES[d])
        text = _FIELD_PATTERNS.get(d)
        if text is None:
            text = _word_pattern(d)
        if text is None:
            raise ValueError(f"'{d}' is a bad directive in format '{self.fmt}'")
        # a directive used twice makes a second group of the same name, which re rejects
        return f"(?P<{d}>{text})"


def _compiled(fmt):
    found = _cache.get(fmt)
    if found is None:
        if len(_cache) >= _CACHE_LIMIT:
            _cache.clear()
        found = _re.compile(_Builder(fmt).build(fmt), _re.IGNORECASE)
        _cache[fmt] = found
    return found


def _check_args(data_string, format):
    for position, arg in enumerate((data_string, format)):
        if not isinstance(arg, str):
            raise TypeError(f"strptime() argument {position} must be str, not {type(arg)}")


def _week_to_julian(year, week, weekday, week_starts_monday):
    """Day of the year of a %U/%W week number and a weekday (0 = Monday)."""
    first_weekday = _date(year, 1, 1).weekday()
    if not week_starts_monday:
        first_weekday = (first_weekday + 1) % 7
        weekday = (weekday + 1) % 7
    week0_length = (7 - first_weekday) % 7
    if week == 0:
        return 1 + weekday - first_weekday
    return 1 + week0_length + 7 * (week - 1) + weekday


def _offset_seconds(z):
    """(seconds, microseconds) east of UTC of a %z match."""
    if z == "Z":
        return 0, 0
    text = z
    if text[3] == ":":
        # with colons, both separators must be there: +HH:MM[:SS[.ffffff]]
        text = text[:3] + text[4:]
        if len(text) > 5:
            if text[5] != ":":
                raise ValueError(f"Inconsistent use of : in {z}")
            text = text[:5] + text[6:]
    seconds = int(text[1:3]) * 3600 + int(text[3:5]) * 60 + int(text[5:7] or 0)
    micro = int(text[8:].ljust(6, "0")) if len(text) > 8 else 0
    if text[0] == "-":
        return -seconds, -micro
    return seconds, micro


def _strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    """The fields of data_string read with format:
    ((year, month, day, hour, minute, second, weekday, yday, isdst, zone, gmtoff),
     microseconds, gmtoff microseconds)."""
    _check_args(data_string, format)
    found = _compiled(format).match(data_string)
    if found is None:
        raise ValueError(f"time data {data_string!r} does not match format {format!r}")
    if found.end() != len(data_string):
        raise ValueError(f"unconverted data remains: {data_string[found.end():]}")
    g = found.groupdict()

    year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = -1
    zone = None
    gmtoff = None
    gmtoff_fraction = 0
    iso_year = iso_week = week_number = None
    week_starts_monday = True
    weekday = julian = None

    if "y" in g:
        year = int(g["y"])
        year += 2000 if year <= 68 else 1900
    if "Y" in g:
        year = int(g["Y"])
    if "G" in g:
        iso_year = int(g["G"])
    if "m" in g:
        month = int(g["m"])
    if "B" in g:
        month = _MONTH_NAMES.index(g["B"].lower()) + 1
    if "b" in g:
        month = [n[:3] for n in _MONTH_NAMES].index(g["b"].lower()) + 1
    if "d" in g:
        day = int(g["d"])
    if "H" in g:
        hour = int(g["H"])
    if "I" in g:
        hour = int(g["I"])
        pm = g.get("p", "").lower() == "pm"
        if pm and hour != 12:
            hour += 12
        elif not pm and hour == 12 and "p" in g:
            hour = 0
    if "M" in g:
        minute = int(g["M"])
    if "S" in g:
        second = int(g["S"])
    if "f" in g:
        fraction = int(g["f"].ljust(6, "0"))
    if "A" in g:
        weekday = _DAY_NAMES.index(g["A"].lower())
    if "a" in g:
        weekday = [n[:3] for n in _DAY_NAMES].index(g["a"].lower())
    if "w" in g:
        weekday = (int(g["w"]) - 1) % 7
    if "u" in g:
        weekday = int(g["u"]) - 1
    if "j" in g:
        julian = int(g["j"])
    if "U" in g:
        week_number = int(g["U"])
        week_starts_monday = False
    if "W" in g:
        week_number = int(g["W"])
    if "V" in g:
        iso_week = int(g["V"])
    if "z" in g:
        gmtoff, gmtoff_fraction = _offset_seconds(g["z"])
    if "Z" in g:
        zone = g["Z"]
        lowered = zone.lower()
        std, dst = (n.lower() for n in _time.tzname)
        if lowered in ("utc", "gmt"):
            tz = 0
        elif _time.daylight and lowered == dst and std != dst:
            tz = 1
        elif lowered == std:
            tz = 0

    if iso_year is not None:
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year "
                             "directive '%G'. Use '%Y' instead.")
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive "
                             "'%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
    elif iso_week is not None:
        if year is None or weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive "
                             "'%G' and a weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive "
                         "'%Y'. Use the ISO year '%G' instead.")

    leap_year_fix = False
    if year is None:
        if month == 2 and day == 29:
            # parse as a leap year so February 29 is accepted, report 1900 as C does
            year = 1904
            leap_year_fix = True
        else:
            year = 1900

    if julian is None and weekday is not None:
        if week_number is not None:
            julian = _week_to_julian(year, week_number, weekday, week_starts_monday)
        elif iso_year is not None and iso_week is not None:
            d = _date.fromisocalendar(iso_year, iso_week, weekday + 1)
            year, month, day = d.year, d.month, d.day
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365

    if julian is None:
        julian = _date(year, month, day).toordinal() - _date(year, 1, 1).toordinal() + 1
    else:
        d = _date.fromordinal(julian - 1 + _date(year, 1, 1).toordinal())
        year, month, day = d.year, d.month, d.day
    if weekday is None:
        weekday = _date(year, month, day).weekday()
    if leap_year_fix:
        year = 1900

    return ((year, month, day, hour, minute, second, weekday, julian, tz, zone, gmtoff),
            fraction, gmtoff_fraction)


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    """time.strptime: a struct_time."""
    fields = _strptime(data_string, format)[0]
    return _time.struct_time(fields)


def _strptime_datetime(cls, data_string, format="%a %b %d %H:%M:%S %Y"):
    """datetime.strptime: an instance of cls."""
    fields, fraction, gmtoff_fraction = _strptime(data_string, format)
    zone, gmtoff = fields[-2:]
    args = fields[:6] + (fraction,)
    if gmtoff is not None:
        offset = _timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
        args += (_timezone(offset, zone) if zone else _timezone(offset),)
    return cls(*args)
