"""The CSV parser and writer behind the csv module (CPython's Modules/_csv.c behaviour):
dialect validation, the field-by-field reader state machine, quoting on output."""

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE, QUOTE_STRINGS, QUOTE_NOTNULL = range(6)

__all__ = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE',
           'QUOTE_STRINGS', 'QUOTE_NOTNULL', 'Error', 'Dialect', 'reader', 'writer',
           'register_dialect', 'get_dialect', 'list_dialects', 'unregister_dialect',
           'field_size_limit', '__version__']


class Error(Exception):
    pass


Error.__module__ = '_csv'

_registry = {}
_limit = [128 * 1024]

_NAMES = ('delimiter', 'doublequote', 'escapechar', 'lineterminator', 'quotechar',
          'quoting', 'skipinitialspace', 'strict')


def _one_char(name, value, nullable):
    if value is None and nullable:
        return None
    if not isinstance(value, str):
        kind = 'string or None' if nullable else 'string'
        raise TypeError('"%s" must be %s, not %s' % (name, kind, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class Dialect:
    """An immutable, validated set of formatting parameters."""

    __slots__ = _NAMES

    def __new__(cls, dialect=None, **kwargs):
        for key in kwargs:
            if key not in _NAMES:
                raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        if dialect is not None:
            if isinstance(dialect, str):
                dialect = get_dialect(dialect)
            if type(dialect) is Dialect and cls is Dialect and not kwargs:
                return dialect
        given = {}
        for name in _NAMES:
            if name in kwargs:
                given[name] = kwargs[name]
            elif dialect is not None and hasattr(dialect, name):
                given[name] = getattr(dialect, name)
        self = object.__new__(cls)
        self._fill(given)
        return self

    def _fill(self, given):
        # Checked in _csv.c's order, so the first complaint is CPython's.
        put = object.__setattr__
        put(self, 'delimiter', _one_char('delimiter', given.get('delimiter', ','), False))
        put(self, 'doublequote', bool(given.get('doublequote', True)))
        put(self, 'escapechar', _one_char('escapechar', given.get('escapechar'), True))
        terminator = given.get('lineterminator', '\r\n')
        if terminator is not None and not isinstance(terminator, str):
            raise TypeError('"lineterminator" must be a string')
        quoting = given.get('quoting', QUOTE_MINIMAL)
        if not isinstance(quoting, int):
            raise TypeError('"quoting" must be an integer')
        quotechar = _one_char('quotechar', given.get('quotechar', '"'), True)
        put(self, 'skipinitialspace', bool(given.get('skipinitialspace', False)))
        put(self, 'strict', bool(given.get('strict', False)))
        if quotechar is None and 'quoting' not in given:
            quoting = QUOTE_NONE
        if not QUOTE_MINIMAL <= quoting <= QUOTE_NOTNULL:
            raise TypeError('bad "quoting" value')
        if quotechar is None and quoting != QUOTE_NONE:
            raise TypeError('quotechar must be set if quoting enabled')
        if terminator is None:
            raise TypeError('lineterminator must be set')
        put(self, 'lineterminator', terminator)
        put(self, 'quoting', int(quoting))
        put(self, 'quotechar', quotechar)

    def __setattr__(self, name, value):
        if name in _NAMES:
            raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable"
                                 % name)
        raise AttributeError("'_csv.Dialect' object has no attribute '%s'" % name)

    __delattr__ = __setattr__

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle '_csv.Dialect' object")


Dialect.__module__ = '_csv'


def _dialect(dialect, kwargs):
    return Dialect(dialect, **kwargs)


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _registry[name] = _dialect(dialect, fmtparams)


def unregister_dialect(name):
    if name not in _registry:
        raise Error("unknown dialect")
    del _registry[name]


def get_dialect(name):
    try:
        return _registry[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    return list(_registry)


def field_size_limit(*args, **kwargs):
    if kwargs:
        raise TypeError("field_size_limit() takes no keyword arguments")
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
    old = _limit[0]
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _limit[0] = int(args[0])
    return old


# Reader states, as _csv.c names them.
(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD,
 _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL) = range(9)

# Stands for the end of a line handed over by the iterator (never equal to a character).
_EOL = None


class _Reader:
    def __init__(self, lines, dialect):
        self._lines = iter(lines)
        self.dialect = dialect
        self.line_num = 0
        self._field_pattern = None

    def __iter__(self):
        return self

    def __next__(self):
        self._fields = []
        self._field = []
        self._numeric = False
        self._state = _START_RECORD
        while True:
            line = next(self._lines, _EOL)
            if line is _EOL:
                if not self._field and self._state != _IN_QUOTED_FIELD:
                    raise StopIteration
                if self.dialect.strict:
                    raise Error("unexpected end of data")
                self._save()
                break
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s "
                            "(the file should be opened in text mode)" % type(line).__name__)
            self.line_num += 1
            if self._state == _START_RECORD:
                simple = self._simple_record(line)
                if simple is not None:
                    self._fields = None
                    return simple
            step = self._step
            for c in line:
                step(c)
            step(_EOL)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = None
        return fields

    def _simple_record(self, line):
        """The fields of a line that needs no more than splitting at delimiters and
        reading well-formed quoted fields, or None when it needs the full state machine
        (escapes, stray quotes, line breaks inside quotes)."""
        d = self.dialect
        body = line.rstrip('\r\n')
        if '\r' in body or '\n' in body:
            return None
        if d.escapechar is not None and d.escapechar in body:
            return None
        if d.skipinitialspace and d.delimiter == ' ':
            return None
        if not body:
            return []
        if d.quoting == QUOTE_NONE or d.quotechar not in body:
            fields = body.split(d.delimiter)
            if d.skipinitialspace:
                fields = [field.lstrip(' ') for field in fields]
            quoted = ()
        else:
            if not d.doublequote:
                return None
            found = self._quoted_fields(body)
            if found is None:
                return None
            fields, quoted = found
        limit = _limit[0]
        for field in fields:
            if len(field) > limit:
                raise Error("field larger than field limit (%d)" % limit)
        if d.quoting == QUOTE_NONNUMERIC:
            fields = [float(field) if field and n not in quoted else field
                      for n, field in enumerate(fields)]
        return fields

    def _quoted_fields(self, body):
        d = self.dialect
        pattern = self._field_pattern
        if pattern is None:
            import re
            q = re.escape(d.quotechar)
            sep = re.escape(d.delimiter)
            lead = ' *' if d.skipinitialspace else ''
            pattern = self._field_pattern = re.compile(
                '%s(?:%s((?:[^%s]|%s%s)*)%s|([^%s%s]*))' % (lead, q, q, q, q, q, q, sep))
        fields = []
        quoted = set()
        pos = 0
        size = len(body)
        while True:
            m = pattern.match(body, pos)
            inside, plain = m.group(1, 2)
            if inside is not None:
                quoted.add(len(fields))
                fields.append(inside.replace(d.quotechar * 2, d.quotechar))
            else:
                fields.append(plain)
            pos = m.end()
            if pos == size:
                return fields, quoted
            if body[pos] != d.delimiter:
                return None
            pos += 1

    def _add(self, c):
        if len(self._field) >= _limit[0]:
            raise Error("field larger than field limit (%d)" % _limit[0])
        self._field.append(c)

    def _save(self):
        text = ''.join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            self._fields.append(float(text))
        else:
            self._fields.append(text)

    def _end_field(self, c):
        self._save()
        self._state = _START_RECORD if c is _EOL else _EAT_CRNL

    def _step(self, c):
        d = self.dialect
        state = self._state
        if state == _START_RECORD:
            if c is _EOL:
                return
            if c == '\n' or c == '\r':
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if c is _EOL or c == '\n' or c == '\r':
                self._end_field(c)
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == ' ' and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add(c)
                self._state = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            if c == '\n' or c == '\r':
                self._add(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            self._add('\n' if c is _EOL else c)
            self._state = _IN_FIELD
        elif state == _IN_FIELD or state == _AFTER_ESCAPED_CRNL:
            if state == _AFTER_ESCAPED_CRNL and c is _EOL:
                return
            if c is _EOL or c == '\n' or c == '\r':
                self._end_field(c)
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save()
                self._state = _START_FIELD
            else:
                self._add(c)
                self._state = _IN_FIELD
        elif state == _IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
            else:
                self._add(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            self._add('\n' if c is _EOL else c)
            self._state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save()
                self._state = _START_FIELD
            elif c is _EOL or c == '\n' or c == '\r':
                self._end_field(c)
            elif not d.strict:
                self._add(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%c' expected after '%c'" % (d.delimiter, d.quotechar))
        elif state == _EAT_CRNL:
            if c == '\n' or c == '\r':
                pass
            elif c is _EOL:
                self._state = _START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - "
                            "do you need to open the file with newline=''?")


_Reader.__name__ = _Reader.__qualname__ = 'reader'
_Reader.__module__ = '_csv'


def _is_number(value):
    cls = type(value)
    return isinstance(value, complex) or any(hasattr(cls, slot) for slot in ('__index__', '__float__', '__int__'))


class _Writer:
    def __init__(self, write, dialect):
        self._write = write
        self.dialect = dialect
        # The characters that make a field need quoting or escaping.
        special = {dialect.delimiter, '\n', '\r'}
        special.update(dialect.lineterminator)
        special.update(c for c in (dialect.escapechar, dialect.quotechar) if c is not None)
        self._special = frozenset(special)
        self._space_delimited = dialect.delimiter == ' ' and dialect.skipinitialspace

    def _quoted_by_rule(self, field):
        quoting = self.dialect.quoting
        if quoting == QUOTE_ALL:
            return True
        if quoting == QUOTE_NONNUMERIC:
            return not _is_number(field)
        if quoting == QUOTE_STRINGS:
            return isinstance(field, str)
        if quoting == QUOTE_NOTNULL:
            return field is not None
        return False

    def _render(self, text, quoted):
        d = self.dialect
        special = self._special
        no_quotes = d.quoting == QUOTE_NONE or d.quotechar is None
        if special.isdisjoint(text) and (text or not self._space_delimited):
            return d.quotechar + text + d.quotechar if quoted else text
        out = []
        for c in text:
            if c in special:
                escape = no_quotes
                if not no_quotes:
                    if c == d.quotechar:
                        if d.doublequote:
                            out.append(c)
                        else:
                            escape = True
                    elif c == d.escapechar:
                        escape = True
                    if not escape:
                        quoted = True
                if escape:
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(d.escapechar)
            out.append(c)
        if not text and self._space_delimited:
            if no_quotes:
                raise Error("empty field must be quoted if delimiter is a space "
                            "and skipinitialspace is true")
            quoted = True
        body = ''.join(out)
        return d.quotechar + body + d.quotechar if quoted else body

    def writerow(self, row):
        try:
            fields = iter(row)
        except TypeError:
            raise Error("iterable expected, not %.200s" % type(row).__name__) from None
        rendered = []
        for field in fields:
            quoted = self._quoted_by_rule(field)
            if field is None:
                text = ''
            elif isinstance(field, str):
                text = field
            else:
                text = str(field)
            rendered.append(self._render(text, quoted))
        d = self.dialect
        if len(rendered) == 1 and rendered[0] == '':
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            rendered[0] = self._render('', True)
        return self._write(d.delimiter.join(rendered) + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


_Writer.__name__ = _Writer.__qualname__ = 'writer'
_Writer.__module__ = '_csv'


def reader(csvfile, dialect=None, **fmtparams):
    lines = iter(csvfile)
    return _Reader(lines, _dialect(dialect, fmtparams))


def writer(fileobj, dialect=None, **fmtparams):
    write = getattr(fileobj, 'write', None)
    if write is None or not callable(write):
        raise TypeError('argument 1 must have a "write" method')
    return _Writer(write, _dialect(dialect, fmtparams))
