"""Helpers for message headers: RFC 5322 dates, addresses and quoting."""

__all__ = ["formatdate", "format_datetime", "parsedate", "parsedate_tz",
           "parsedate_to_datetime", "mktime_tz", "quote", "unquote",
           "parseaddr", "formataddr", "getaddresses", "localtime", "make_msgid"]

import datetime
import time

_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_ZONES = {"UT": 0, "UTC": 0, "GMT": 0, "Z": 0, "AST": -400, "ADT": -300, "EST": -500,
          "EDT": -400, "CST": -600, "CDT": -500, "MST": -700, "MDT": -600, "PST": -800, "PDT": -700}


def _stamp(dt, zone):
    return "%s, %02d %s %04d %02d:%02d:%02d %s" % (
        _DAYS[dt.weekday()], dt.day, _MONTHS[dt.month - 1].capitalize(), dt.year,
        dt.hour, dt.minute, dt.second, zone)


def format_datetime(dt, usegmt=False):
    """dt as an RFC 5322 date; usegmt writes an aware UTC time with 'GMT'."""
    if usegmt:
        if dt.tzinfo is None or dt.tzinfo != datetime.timezone.utc:
            raise ValueError("usegmt option requires a UTC datetime")
        return _stamp(dt, "GMT")
    if dt.tzinfo is None:
        return _stamp(dt, "-0000")
    offset = dt.utcoffset()
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    hours, minutes = divmod(abs(minutes), 60)
    return _stamp(dt, "%s%02d%02d" % (sign, hours, minutes))


def formatdate(timeval=None, localtime=False, usegmt=False):
    """A time (seconds since the epoch; now by default) as an RFC 5322 date."""
    if timeval is None:
        timeval = time.time()
    dt = datetime.datetime.fromtimestamp(timeval, datetime.timezone.utc)
    if localtime:
        dt = dt.astimezone()
        usegmt = False
    elif not usegmt:
        dt = dt.replace(tzinfo=None)
    return format_datetime(dt, usegmt)


def parsedate_tz(data):
    """An RFC 5322 date as a 10-tuple (the last item the offset in seconds, or None)."""
    if not data:
        return None
    words = data.replace(",", " ").split()
    if not words:
        return None
    if words[0][:3].capitalize() in _DAYS:
        del words[0]
    if len(words) < 4:
        return None
    day, month, year, clock = words[:4]
    zone = words[4] if len(words) > 4 else None
    if month[:3].lower() not in _MONTHS:
        day, month = month, day
        if month[:3].lower() not in _MONTHS:
            return None
    month = _MONTHS.index(month[:3].lower()) + 1
    try:
        day = int(day)
        year = int(year)
    except ValueError:
        return None
    if year < 100:
        year += 2000 if year < 50 else 1900
    parts = clock.split(":")
    try:
        hour, minute = int(parts[0]), int(parts[1])
        second = int(parts[2]) if len(parts) > 2 else 0
    except (ValueError, IndexError):
        return None
    offset = None
    if zone is not None:
        if zone.upper() in _ZONES:
            hhmm = _ZONES[zone.upper()]
        else:
            try:
                hhmm = int(zone)
            except ValueError:
                hhmm = None
        if hhmm is not None:
            sign = -1 if hhmm < 0 else 1
            hhmm = abs(hhmm)
            offset = sign * ((hhmm // 100) * 3600 + (hhmm % 100) * 60)
            if zone == "-0000":
                offset = None
    return (year, month, day, hour, minute, second, 0, 1, -1, offset)


def parsedate(data):
    """An RFC 5322 date as a 9-tuple, without its zone."""
    t = parsedate_tz(data)
    return None if t is None else t[:9]


def mktime_tz(data):
    """Seconds since the epoch of a parsedate_tz() tuple."""
    if data[9] is None:
        return time.mktime(data[:8] + (-1,))
    import calendar
    return calendar.timegm(data) - data[9]


def parsedate_to_datetime(data):
    """An RFC 5322 date as a datetime (naive when its zone is -0000)."""
    parsed = parsedate_tz(data)
    if parsed is None:
        raise ValueError("Invalid date value or format %s" % str(data))
    *fields, offset = parsed
    if offset is None:
        return datetime.datetime(*fields[:6])
    return datetime.datetime(*fields[:6], tzinfo=datetime.timezone(datetime.timedelta(seconds=offset)))


def localtime(dt=None, isdst=None):
    """dt (now by default) as an aware datetime in the local zone."""
    if dt is None:
        return datetime.datetime.now(datetime.timezone.utc).astimezone()
    if dt.tzinfo is None:
        return dt.astimezone()
    return dt.astimezone()


def quote(s):
    """s with backslashes and double quotes escaped."""
    return s.replace("\\", "\\\\").replace('"', '\\"')


def unquote(s):
    """s without surrounding double quotes or angle brackets."""
    if len(s) > 1:
        if s[0] == s[-1] == '"':
            return s[1:-1].replace("\\\\", "\\").replace('\\"', '"')
        if s[0] == "<" and s[-1] == ">":
            return s[1:-1]
    return s


def parseaddr(addr, *, strict=True):
    """'Name <user@host>' -> ('Name', 'user@host')."""
    addr = addr.strip()
    if "<" in addr and addr.endswith(">"):
        name, _, rest = addr.rpartition("<")
        return unquote(name.strip()), rest[:-1].strip()
    return "", addr


def getaddresses(fieldvalues, *, strict=True):
    """(name, address) pairs of every address in the given header values."""
    found = []
    for value in fieldvalues:
        for part in str(value).split(","):
            if part.strip():
                found.append(parseaddr(part))
    return found


def formataddr(pair, charset="utf-8"):
    """('Name', 'user@host') -> 'Name <user@host>'."""
    name, address = pair
    if not name:
        return address
    if any(c in name for c in '()<>@,:;.\\"[]'):
        name = '"%s"' % quote(name)
    return "%s <%s>" % (name, address)


def make_msgid(idstring=None, domain=None):
    """A unique Message-ID value."""
    import random
    import socket
    stamp = int(time.time() * 100)
    tail = "" if idstring is None else "." + idstring
    if domain is None:
        domain = socket.getfqdn()
    return "<%d.%d.%d%s@%s>" % (stamp, random.getrandbits(32) % 100000, random.getrandbits(64), tail, domain)
