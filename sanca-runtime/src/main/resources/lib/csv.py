"""Reading and writing CSV files (CPython's Lib/csv.py behaviour): the dialect classes,
DictReader/DictWriter and the format-guessing Sniffer over the _csv parser."""

import re
import types
from _csv import (Error, __version__, writer, reader, register_dialect,
                  unregister_dialect, get_dialect, list_dialects, field_size_limit,
                  QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE,
                  QUOTE_STRINGS, QUOTE_NOTNULL)
import _csv
from io import StringIO

__all__ = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE', 'QUOTE_STRINGS',
           'QUOTE_NOTNULL', 'Error', 'Dialect', '__doc__', 'excel', 'excel_tab',
           'field_size_limit', 'reader', 'writer', 'register_dialect', 'get_dialect',
           'list_dialects', 'Sniffer', 'unregister_dialect', '__version__', 'DictReader',
           'DictWriter', 'unix_dialect']


class Dialect:
    """Describes a CSV format by class attributes; subclasses are validated when made."""
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if type(self) is not Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _csv.Dialect(self)
        except TypeError as err:
            raise Error(str(err)) from None


class excel(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


register_dialect('excel', excel)


class excel_tab(excel):
    delimiter = '\t'


register_dialect('excel-tab', excel_tab)


class unix_dialect(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


register_dialect('unix', unix_dialect)


def _listed(names):
    """Field names given as a one-shot iterator are read once into a list."""
    if names is not None and iter(names) is names:
        return list(names)
    return names


class DictReader:
    """Reads rows as dicts keyed by the field names (the first row unless given); extra
    values go in a list under restkey, missing ones get restval."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect='excel',
                 *args, **kwds):
        self._fieldnames = _listed(fieldnames)
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        rows = self.reader
        if self._fieldnames is None:
            self._fieldnames = next(rows, None)
        self.line_num = rows.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        rows = self.reader
        row = next(rows)
        self.line_num = rows.line_num
        while not row:
            row = next(rows)
        names = self.fieldnames
        record = dict(zip(names, row))
        if len(row) > len(names):
            record[self.restkey] = row[len(names):]
        else:
            for name in names[len(row):]:
                record[name] = self.restval
        return record

    def __class_getitem__(cls, item):
        return types.GenericAlias(cls, item)


class DictWriter:
    """Writes dicts as rows in fieldnames order; keys outside fieldnames raise ValueError
    unless extrasaction is 'ignore'."""

    def __init__(self, f, fieldnames, restval='', extrasaction='raise', dialect='excel',
                 *args, **kwds):
        self.fieldnames = _listed(fieldnames)
        self.restval = restval
        if extrasaction.lower() not in ('raise', 'ignore'):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction.lower()
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writerow(dict(zip(self.fieldnames, self.fieldnames)))

    def _dict_to_list(self, record):
        if self.extrasaction == 'raise':
            unknown = record.keys() - self.fieldnames
            if unknown:
                listed = ', '.join(map(repr, unknown))
                raise ValueError('dict contains fields not in fieldnames: ' + listed)
        return (record.get(name, self.restval) for name in self.fieldnames)

    def writerow(self, rowdict):
        out = self.writer
        return out.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        out = self.writer
        return out.writerows(self._dict_to_list(record) for record in rowdicts)

    def __class_getitem__(cls, item):
        return types.GenericAlias(cls, item)


_NOT_WORD = '[^\\w\\n"\']'
# Quoted fields next to delimiters, tried in this order: ,"x", then "x", at a line start,
# then ,"x" at a line end, then a lone "x" on a line.
_QUOTED_PATTERNS = (
    '(?P<delim>' + _NOT_WORD + ')(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?P=delim)',
    '(?:^|\\n)(?P<quote>["\']).*?(?P=quote)(?P<delim>' + _NOT_WORD + ')(?P<space> ?)',
    '(?P<delim>' + _NOT_WORD + ')(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?:$|\\n)',
    '(?:^|\\n)(?P<quote>["\']).*?(?P=quote)(?:$|\\n)',
)


def _most_common(counts):
    return max(counts, key=counts.get)


def _skips_space(line, delim):
    return line.count(delim) == line.count(delim + ' ')


class Sniffer:
    """Guesses a CSV format from a sample of the file."""

    def __init__(self):
        # Delimiters to choose, in this order, when several look equally likely.
        self.preferred = list(',\t; :')

    def sniff(self, sample, delimiters=None):
        guess = self._guess_quote_and_delimiter(sample, delimiters)
        quote, doubled, delim, skip = guess
        if not delim:
            delim, skip = self._guess_delimiter(sample, delimiters)
            if not delim:
                raise Error('Could not determine delimiter')

        class dialect(Dialect):
            _name = 'sniffed'
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL
            doublequote = doubled
            delimiter = delim
            quotechar = quote or '"'
            skipinitialspace = skip

        return dialect

    def _guess_quote_and_delimiter(self, data, allowed):
        found = []
        for text in _QUOTED_PATTERNS:
            pattern = re.compile(text, re.DOTALL | re.MULTILINE)
            found = list(pattern.finditer(data))
            if found:
                break
        if not found:
            return ('', False, None, 0)
        quotes = {}
        delims = {}
        spaced = 0
        for m in found:
            groups = m.groupdict()
            quote = groups['quote']
            if quote:
                quotes[quote] = quotes.get(quote, 0) + 1
            if 'delim' not in groups:
                continue
            delim = groups['delim']
            if delim and (allowed is None or delim in allowed):
                delims[delim] = delims.get(delim, 0) + 1
            if groups['space']:
                spaced += 1
        quotechar = _most_common(quotes)
        if delims:
            delim = _most_common(delims)
            skipinitialspace = delims[delim] == spaced
            if delim == '\n':
                delim = ''
        else:
            delim = ''
            skipinitialspace = 0
        # A quote inside a quoted field (three quote characters between delimiters)
        # means quotes are doubled.
        d = re.escape(delim)
        doubled = re.compile(
            '((%s)|^)\\W*%s[^%s\\n]*%s[^%s\\n]*%s\\W*((%s)|$)'
            % (d, quotechar, d, quotechar, d, quotechar, d), re.MULTILINE)
        return quotechar, bool(doubled.search(data)), delim, skipinitialspace

    def _guess_delimiter(self, data, allowed):
        """Picks the character whose count per line is most consistent, looking at ten
        lines at a time."""
        lines = [line for line in data.split('\n') if line]
        candidates = [chr(code) for code in range(127)]
        step = min(10, len(lines))
        seen = {}
        modes = {}
        chosen = {}
        rounds = 0
        start = 0
        while start < len(lines):
            rounds += 1
            for line in lines[start:start + step]:
                for char in candidates:
                    tally = seen.setdefault(char, {})
                    times = line.count(char)
                    tally[times] = tally.get(times, 0) + 1
            for char, tally in seen.items():
                pairs = list(tally.items())
                if len(pairs) == 1 and pairs[0][0] == 0:
                    continue
                if len(pairs) == 1:
                    modes[char] = pairs[0]
                    continue
                top = max(pairs, key=lambda pair: pair[1])
                pairs.remove(top)
                modes[char] = (top[0], top[1] - sum(pair[1] for pair in pairs))
            total = float(min(step * rounds, len(lines)))
            consistency = 1.0
            while not chosen and consistency >= 0.9:
                for char, (times, lines_with) in modes.items():
                    if (times > 0 and lines_with > 0 and lines_with / total >= consistency
                            and (allowed is None or char in allowed)):
                        chosen[char] = (times, lines_with)
                consistency -= 0.01
            if len(chosen) == 1:
                delim = next(iter(chosen))
                return delim, _skips_space(lines[0], delim)
            start += step
        if not chosen:
            return ('', 0)
        if len(chosen) > 1:
            for delim in self.preferred:
                if delim in chosen:
                    return delim, _skips_space(lines[0], delim)
        delim = max((value, char) for char, value in chosen.items())[1]
        return delim, _skips_space(lines[0], delim)

    def has_header(self, sample):
        """Votes column by column: a first row whose values differ in type or length from
        the rest of the column is probably a header."""
        rows = reader(StringIO(sample), self.sniff(sample))
        header = next(rows)
        kinds = {col: None for col in range(len(header))}
        for checked, row in enumerate(rows):
            if checked > 20:
                break
            if len(row) != len(header):
                continue
            for col in list(kinds):
                try:
                    complex(row[col])
                    kind = complex
                except (OverflowError, ValueError):
                    kind = len(row[col])
                if kind != kinds[col]:
                    if kinds[col] is None:
                        kinds[col] = kind
                    else:
                        del kinds[col]
        votes = 0
        for col, kind in kinds.items():
            if isinstance(kind, int):
                votes += 1 if len(header[col]) != kind else -1
                continue
            try:
                kind(header[col])
            except (TypeError, ValueError):
                votes += 1
            else:
                votes -= 1
        return votes > 0
