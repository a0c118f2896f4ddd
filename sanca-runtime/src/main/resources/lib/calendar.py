"""Calendars as text and HTML, and date helpers (the calendar module of CPython 3.12).

Weeks start on Monday unless told otherwise (setfirstweekday, Calendar(firstweekday)).
Day and month names are those of the C locale.
"""

import sys
import datetime
from enum import global_enum, IntEnum

__all__ = """
    IllegalMonthError IllegalWeekdayError setfirstweekday firstweekday isleap leapdays weekday
    monthrange monthcalendar prmonth month prcal calendar timegm month_name month_abbr
    day_name day_abbr Calendar TextCalendar HTMLCalendar LocaleTextCalendar LocaleHTMLCalendar
    weekheader Day Month JANUARY FEBRUARY MARCH APRIL MAY JUNE JULY AUGUST SEPTEMBER OCTOBER
    NOVEMBER DECEMBER MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY SUNDAY""".split()

error = ValueError


class IllegalMonthError(ValueError):
    """A month number outside 1..12."""

    def __init__(self, month):
        self.month = month

    def __str__(self):
        return f"bad month number {self.month!r}; must be 1-12"


class IllegalWeekdayError(ValueError):
    """A weekday number outside 0..6."""

    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return f"bad weekday number {self.weekday!r}; must be 0 (Monday) to 6 (Sunday)"


def __getattr__(name):
    if name in ("January", "February"):
        import warnings
        message = f"The '{name}' attribute is deprecated, use '{name.upper()}' instead"
        warnings.warn(message, DeprecationWarning, stacklevel=2)
        return 1 if name == "January" else 2
    raise AttributeError(f"module 'calendar' has no attribute '{name}'")


@global_enum
class Month(IntEnum):
    JANUARY = 1
    FEBRUARY = 2
    MARCH = 3
    APRIL = 4
    MAY = 5
    JUNE = 6
    JULY = 7
    AUGUST = 8
    SEPTEMBER = 9
    OCTOBER = 10
    NOVEMBER = 11
    DECEMBER = 12


@global_enum
class Day(IntEnum):
    MONDAY = 0
    TUESDAY = 1
    WEDNESDAY = 2
    THURSDAY = 3
    FRIDAY = 4
    SATURDAY = 5
    SUNDAY = 6


# Days per month in a common year (index 0 unused).
mdays = [0] + [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


_MONTH_NUMBERS = list(range(13))
_DAY_NUMBERS = list(range(7))


class _localized_month:
    """month_name / month_abbr: 13 entries, the first empty, formatted on each access."""

    def __init__(self, format):
        self.format = format

    def _name(self, i):
        if i == 0:
            return ""
        return datetime.date(2001, i, 1).strftime(self.format)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self._name(k) for k in _MONTH_NUMBERS[i]]
        return self._name(_MONTH_NUMBERS[i])

    def __len__(self):
        return 13


class _localized_day:
    """day_name / day_abbr: seven entries from Monday."""

    def __init__(self, format):
        self.format = format

    def _name(self, i):
        # 2001-01-01 was a Monday
        return datetime.date(2001, 1, i + 1).strftime(self.format)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self._name(k) for k in _DAY_NUMBERS[i]]
        return self._name(_DAY_NUMBERS[i])

    def __len__(self):
        return 7


day_name = _localized_day("%A")
day_abbr = _localized_day("%a")
month_name = _localized_month("%B")
month_abbr = _localized_month("%b")


def isleap(year):
    """True for a leap year of the Gregorian calendar."""
    if year % 100 == 0:
        return year % 400 == 0
    return year % 4 == 0


def leapdays(y1, y2):
    """How many leap years lie in range(y1, y2)."""
    def before(y):
        y -= 1
        return y // 4 - y // 100 + y // 400
    return before(y2) - before(y1)


def weekday(year, month, day):
    """Day of the week (0 = Monday) of a date; years outside 1..9999 repeat every 400 years."""
    if year < datetime.MINYEAR or year > datetime.MAXYEAR:
        year = 2000 + year % 400
    return Day(datetime.date(year, month, day).weekday())


def _check_month(month):
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)


def _days_in(year, month):
    return 29 if month == 2 and isleap(year) else mdays[month]


def monthrange(year, month):
    """(weekday of the first day, number of days) of a month."""
    _check_month(month)
    return weekday(year, month, 1), _days_in(year, month)


def _month_before(year, month):
    return (year - 1, 12) if month == 1 else (year, month - 1)


def _month_after(year, month):
    return (year + 1, 1) if month == 12 else (year, month + 1)


def _chunks(items, size):
    return [items[i:i + size] for i in range(0, len(items), size)]


class Calendar:
    """Lays out months as weeks: lists of dates or day numbers, first weekday as configured."""

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    def getfirstweekday(self):
        return self._first % 7

    def setfirstweekday(self, firstweekday):
        self._first = firstweekday

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        """The seven weekday numbers in the order of a week of this calendar."""
        first = self.firstweekday
        for i in range(7):
            yield (first + i) % 7

    def _padding(self, year, month):
        """(days shown before the 1st, days in the month, days shown after the last)."""
        first, count = monthrange(year, month)
        lead = (first - self.firstweekday) % 7
        trail = (self.firstweekday - first - count) % 7
        return lead, count, trail

    def itermonthdays(self, year, month):
        """Day numbers of the weeks of a month, 0 for days of the months around it."""
        lead, count, trail = self._padding(year, month)
        yield from [0] * lead
        yield from range(1, count + 1)
        yield from [0] * trail

    def itermonthdays2(self, year, month):
        """(day number, weekday) pairs, day 0 outside the month."""
        for i, d in enumerate(self.itermonthdays(year, month)):
            yield d, (self.firstweekday + i) % 7

    def itermonthdays3(self, year, month):
        """(year, month, day) of every day of the weeks of a month, neighbours included."""
        lead, count, trail = self._padding(year, month)
        py, pm = _month_before(year, month)
        last = _days_in(py, pm)
        for d in range(last - lead + 1, last + 1):
            yield py, pm, d
        for d in range(1, count + 1):
            yield year, month, d
        ny, nm = _month_after(year, month)
        for d in range(1, trail + 1):
            yield ny, nm, d

    def itermonthdays4(self, year, month):
        """(year, month, day, weekday) of every day of the weeks of a month."""
        first = self.firstweekday
        for i, ymd in enumerate(self.itermonthdays3(year, month)):
            yield ymd + ((first + i) % 7,)

    def itermonthdates(self, year, month):
        """datetime.date of every day of the weeks of a month."""
        for ymd in self.itermonthdays3(year, month):
            yield datetime.date(*ymd)

    def monthdatescalendar(self, year, month):
        return _chunks(list(self.itermonthdates(year, month)), 7)

    def monthdays2calendar(self, year, month):
        return _chunks(list(self.itermonthdays2(year, month)), 7)

    def monthdayscalendar(self, year, month):
        return _chunks(list(self.itermonthdays(year, month)), 7)

    def yeardatescalendar(self, year, width=3):
        return _chunks([self.monthdatescalendar(year, m) for m in range(1, 13)], width)

    def yeardays2calendar(self, year, width=3):
        return _chunks([self.monthdays2calendar(year, m) for m in range(1, 13)], width)

    def yeardayscalendar(self, year, width=3):
        return _chunks([self.monthdayscalendar(year, m) for m in range(1, 13)], width)


class TextCalendar(Calendar):
    """Calendars as plain text, like the Unix cal program."""

    def prweek(self, theweek, width):
        print(self.formatweek(theweek, width), end="")

    def formatday(self, day, weekday, width):
        text = "" if day == 0 else f"{day:2d}"
        return text.center(width)

    def formatweek(self, theweek, width):
        return " ".join(self.formatday(d, wd, width) for d, wd in theweek)

    def formatweekday(self, day, width):
        names = day_name if width >= 9 else day_abbr
        return names[day][:width].center(width, " ")

    def formatweekheader(self, width):
        return " ".join(self.formatweekday(i, width) for i in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        text = month_name[themonth]
        if withyear:
            text = f"{text} {theyear!r}"
        return text.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        print(self.formatmonth(theyear, themonth, w, l), end="")

    def formatmonth(self, theyear, themonth, w=0, l=0):
        w = max(2, w)
        gap = "\n" * max(1, l)
        lines = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1).rstrip(),
                 self.formatweekheader(w).rstrip()]
        lines += [self.formatweek(week, w).rstrip()
                  for week in self.monthdays2calendar(theyear, themonth)]
        return gap.join(lines) + gap

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        w = max(2, w)
        gap = "\n" * max(1, l)
        c = max(2, c)
        colwidth = (w + 1) * 7 - 1
        out = [repr(theyear).center(colwidth * m + c * (m - 1)).rstrip(), gap]
        heading = self.formatweekheader(w)
        for i, row in enumerate(self.yeardays2calendar(theyear, m)):
            months = range(m * i + 1, min(m * (i + 1) + 1, 13))
            out.append(gap)
            names = [self.formatmonthname(theyear, k, colwidth, False) for k in months]
            out += [formatstring(names, colwidth, c).rstrip(), gap]
            out += [formatstring([heading] * len(months), colwidth, c).rstrip(), gap]
            for j in range(max(len(cal) for cal in row)):
                weeks = [self.formatweek(cal[j], w) if j < len(cal) else "" for cal in row]
                out += [formatstring(weeks, colwidth, c).rstrip(), gap]
        return "".join(out)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        print(self.formatyear(theyear, w, l, c, m), end="")


class HTMLCalendar(Calendar):
    """Calendars as HTML tables."""

    cssclasses = "mon tue wed thu fri sat sun".split()
    cssclasses_weekday_head = cssclasses[:]
    cssclass_noday = "noday"
    cssclass_month_head = "month"
    cssclass_month = "month"
    cssclass_year_head = "year"
    cssclass_year = "year"

    def formatday(self, day, weekday):
        if day == 0:
            return f'<td class="{self.cssclass_noday}">&nbsp;</td>'
        return f'<td class="{self.cssclasses[weekday]}">{day}</td>'

    def formatweek(self, theweek):
        return "<tr>" + "".join(self.formatday(d, wd) for d, wd in theweek) + "</tr>"

    def formatweekday(self, day):
        return f'<th class="{self.cssclasses_weekday_head[day]}">{day_abbr[day]}</th>'

    def formatweekheader(self):
        return "<tr>" + "".join(self.formatweekday(i) for i in self.iterweekdays()) + "</tr>"

    def formatmonthname(self, theyear, themonth, withyear=True):
        text = f"{month_name[themonth]} {theyear}" if withyear else month_name[themonth]
        return f'<tr><th colspan="7" class="{self.cssclass_month_head}">{text}</th></tr>'

    def formatmonth(self, theyear, themonth, withyear=True):
        rows = [f'<table border="0" cellpadding="0" cellspacing="0" class="{self.cssclass_month}">',
                self.formatmonthname(theyear, themonth, withyear=withyear),
                self.formatweekheader()]
        rows += [self.formatweek(week) for week in self.monthdays2calendar(theyear, themonth)]
        rows.append("</table>")
        return "\n".join(rows) + "\n"

    def formatyear(self, theyear, width=3):
        width = max(width, 1)
        out = [f'<table border="0" cellpadding="0" cellspacing="0" class="{self.cssclass_year}">',
               "\n",
               f'<tr><th colspan="{width}" class="{self.cssclass_year_head}">{theyear}</th></tr>']
        for first in range(1, 13, width):
            out.append("<tr>")
            for m in range(first, min(first + width, 13)):
                out += ["<td>", self.formatmonth(theyear, m, withyear=False), "</td>"]
            out.append("</tr>")
        out.append("</table>")
        return "".join(out)

    def formatyearpage(self, theyear, width=3, css="calendar.css", encoding=None):
        encoding = encoding or sys.getdefaultencoding()
        parts = [f'<?xml version="1.0" encoding="{encoding}"?>\n',
                 '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
                 '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n',
                 "<html>\n", "<head>\n",
                 f'<meta http-equiv="Content-Type" content="text/html; charset={encoding}" />\n']
        if css is not None:
            parts.append(f'<link rel="stylesheet" type="text/css" href="{css}" />\n')
        parts += [f"<title>Calendar for {theyear}</title>\n", "</head>\n", "<body>\n",
                  self.formatyear(theyear, width), "</body>\n", "</html>\n"]
        return "".join(parts).encode(encoding, "xmlcharrefreplace")


class different_locale:
    """Context manager for a LC_TIME locale; only the C locale's names exist here, so the
    names stay those of the C locale."""

    def __init__(self, locale):
        self.locale = locale

    def __enter__(self):
        return self

    def __exit__(self, *args):
        return None


class LocaleTextCalendar(TextCalendar):
    """A TextCalendar told a locale for its names (the C locale's names are used)."""

    def __init__(self, firstweekday=0, locale=None):
        super().__init__(firstweekday)
        self.locale = locale


class LocaleHTMLCalendar(HTMLCalendar):
    """An HTMLCalendar told a locale for its names (the C locale's names are used)."""

    def __init__(self, firstweekday=0, locale=None):
        super().__init__(firstweekday)
        self.locale = locale


c = TextCalendar()

firstweekday = c.getfirstweekday


def setfirstweekday(firstweekday):
    if firstweekday < MONDAY or firstweekday > SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    c.firstweekday = firstweekday


monthcalendar = c.monthdayscalendar
prweek = c.prweek
week = c.formatweek
weekheader = c.formatweekheader
prmonth = c.prmonth
month = c.formatmonth
calendar = c.formatyear
prcal = c.pryear

_colwidth = 7 * 3 - 1
_spacing = 6


def format(cols, colwidth=_colwidth, spacing=_spacing):
    """Prints columns of text, each centred in colwidth, spacing blanks apart."""
    print(formatstring(cols, colwidth=colwidth, spacing=spacing))


def formatstring(cols, colwidth=_colwidth, spacing=_spacing):
    """Columns of text, each centred in colwidth, joined by spacing blanks."""
    return (" " * spacing).join(col.center(colwidth) for col in cols)


EPOCH = 1970
_EPOCH_DAY = datetime.date(EPOCH, 1, 1).toordinal()


def timegm(tuple):
    """Seconds since the epoch of a UTC time tuple (the inverse of time.gmtime)."""
    year, month, day, hours, minutes, seconds = tuple[:6]
    first = datetime.date(year, month, 1).toordinal()
    days = first - _EPOCH_DAY + day - 1
    return days * 86400 + hours * 3600 + minutes * 60 + seconds
