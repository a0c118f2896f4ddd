"""Extracting, formatting and printing stack traces: the `traceback` module of Python 3.12,
written for Sanca. Exceptions are formatted by the interpreter's own display (the native
_traceback module), so the module prints exactly what an uncaught exception prints."""

import linecache
import sys
import _traceback

__all__ = [
    # exceptions
    'format_exception', 'format_exception_only', 'format_exc', 'print_exception',
    'print_exc', 'print_last',
    # tracebacks and stacks
    'extract_tb', 'extract_stack', 'format_tb', 'format_stack', 'format_list',
    'print_tb', 'print_stack', 'walk_tb', 'walk_stack', 'clear_frames',
    # the classes
    'FrameSummary', 'StackSummary', 'TracebackException',
]

_sentinel = object()


def _resolve(exc, value, tb):
    """The exception the (exc) or old-style (type, value, tb) arguments describe."""
    given = (value is not _sentinel) + (tb is not _sentinel)
    if given == 1:
        raise ValueError("Both or neither of value and tb must be given")
    return value if given else exc


def _emit(lines, file):
    """Writes already formatted lines to file, sys.stderr when file is None."""
    out = sys.stderr if file is None else file
    for line in lines:
        print(line, file=out, end="")


def _frame_blocks(text):
    """Splits the interpreter's frame lines into one string per frame (and one per
    "Previous line repeated" note)."""
    blocks = []
    for line in text.splitlines(True):
        if line.startswith('  File "') or line.startswith("  [Previous line repeated") or not blocks:
            blocks.append(line)
        else:
            blocks[-1] += line
    return blocks


def _chain(exc):
    """The exceptions to show, oldest first, each with the message that introduces it (how
    it came from the one shown before it)."""
    links = []
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if exc.__cause__ is not None:
            message, older = ("\nThe above exception was the direct cause "
                              "of the following exception:\n\n"), exc.__cause__
        elif exc.__context__ is not None and not exc.__suppress_context__:
            message, older = ("\nDuring handling of the above exception, "
                              "another exception occurred:\n\n"), exc.__context__
        else:
            message, older = None, None
        if older is not None and id(older) in seen:
            message, older = None, None
        links.append((message, exc))
        exc = older
    links.reverse()
    return links


def _format(exc, chain=True):
    if exc is None:
        return ["NoneType: None\n"]
    if isinstance(exc, BaseExceptionGroup):
        # Groups are drawn with nested boxes: keep the interpreter's drawing whole.
        return _traceback.format_chain(exc).splitlines(True)
    lines = []
    for message, e in (_chain(exc) if chain else [(None, exc)]):
        if message:
            lines.append(message)
        if isinstance(e, BaseExceptionGroup):
            lines.extend(_traceback.format_chain(e).splitlines(True))
        else:
            if e.__traceback__ is not None:
                lines.append("Traceback (most recent call last):\n")
                lines.extend(_frame_blocks(_traceback.format_tb(e.__traceback__)))
            lines.extend(_traceback.format_exception_only(e).splitlines(True))
    return lines


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines (each ending in a newline) that print_exception would print."""
    return _format(_resolve(exc, value, tb), chain)


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Prints an exception with its traceback and chained exceptions, as the interpreter
    does for an uncaught one, to file (sys.stderr by default)."""
    _emit(format_exception(exc, value, tb, limit=limit, chain=chain), file)


def format_exception_only(exc, /, value=_sentinel):
    """The last lines of the display: the type and message (a SyntaxError's source and
    caret, and the notes, too)."""
    if value is not _sentinel:
        exc = value
    if exc is None:
        return ["NoneType: None\n"]
    return _traceback.format_exception_only(exc).splitlines(True)


def format_exc(limit=None, chain=True):
    """print_exc's text, as a string."""
    return "".join(_format(sys.exception(), chain))


def print_exc(limit=None, file=None, chain=True):
    """Prints the exception being handled, with its traceback."""
    _emit(_format(sys.exception(), chain), file)


def print_last(limit=None, file=None, chain=True):
    """Prints the last uncaught exception (sys.last_exc), as the interactive prompt keeps it."""
    last = getattr(sys, "last_exc", None)
    if last is None:
        if not hasattr(sys, "last_type"):
            raise ValueError("no last exception")
        last = sys.last_value
    _emit(_format(last, chain), file)


def format_tb(tb, limit=None):
    """One string per frame of a traceback: file, line, function, source and markers."""
    blocks = _frame_blocks(_traceback.format_tb(tb)) if tb is not None else []
    return blocks if limit is None else _limited(blocks, limit)


def print_tb(tb, limit=None, file=None):
    """Prints format_tb's lines to file (sys.stderr by default)."""
    _emit(format_tb(tb, limit), file)


def _limited(items, limit):
    if limit >= 0:
        return items[:limit]
    return items[limit:]


class FrameSummary:
    """One frame of a stack summary: where (filename, lineno, name) and the source line,
    read when first asked for. Unpacks and compares as (filename, lineno, name, line)."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None, end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        if lookup_line:
            self.line

    @property
    def line(self):
        raw = self._line
        if raw is None:
            if self.lineno is None:
                return None
            raw = self._line = linecache.getline(self.filename, self.lineno)
        return raw.strip()

    def _as_tuple(self):
        return self.filename, self.lineno, self.name, self.line

    def __eq__(self, other):
        if isinstance(other, tuple):
            return self._as_tuple() == other
        if not isinstance(other, FrameSummary):
            return NotImplemented
        mine = (self.filename, self.lineno, self.name, self.locals)
        return mine == (other.filename, other.lineno, other.name, other.locals)

    def __getitem__(self, index):
        return self._as_tuple()[index]

    def __iter__(self):
        return iter(self._as_tuple())

    def __repr__(self):
        return f"<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>"

    def __len__(self):
        return 4


def walk_stack(f):
    """(frame, lineno) from frame f outwards (from the caller when f is None)."""
    if f is None:
        f = sys._getframe().f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """(frame, lineno) for each entry of a traceback, outermost first."""
    entry = tb
    while entry is not None:
        yield entry.tb_frame, entry.tb_lineno
        entry = entry.tb_next


class StackSummary(list):
    """A list of FrameSummary, ready for formatting."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        """A summary of (frame, lineno) pairs, the first `limit` of them."""
        if limit is None:
            limit = getattr(sys, "tracebacklimit", None)
            if limit is not None:
                limit = max(limit, 0)
        frames = list(frame_gen)
        if limit is not None:
            frames = _limited(frames, limit)
        result = klass()
        for f, lineno in frames:
            code = f.f_code
            result.append(FrameSummary(code.co_filename, lineno, code.co_name,
                                       lookup_line=False,
                                       locals=f.f_locals if capture_locals else None))
        if lookup_lines:
            for summary in result:
                summary.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """A summary from FrameSummary objects or (filename, lineno, name, line) tuples."""
        result = klass()
        for item in a_list:
            if not isinstance(item, FrameSummary):
                where, number, function, source = item
                item = FrameSummary(where, number, function, line=source)
            result.append(item)
        return result

    def format_frame_summary(self, frame_summary):
        """The lines for one frame: where it is, and its source line if known."""
        text = f'  File "{frame_summary.filename}", line {frame_summary.lineno}, in {frame_summary.name}\n'
        if frame_summary.line:
            text += f"    {frame_summary.line.strip()}\n"
        if frame_summary.locals:
            text += "".join(f"    {variable} = {shown}\n"
                            for variable, shown in sorted(frame_summary.locals.items()))
        return text

    def format(self):
        """One string per frame, with repeats of the same line beyond three summarised."""
        result = []
        last = None
        count = 0
        for summary in self:
            here = (summary.filename, summary.lineno, summary.name)
            if here != last:
                if count > 3:
                    result.append(_repeated(count - 3))
                last = here
                count = 0
            count += 1
            if count <= 3:
                result.append(self.format_frame_summary(summary))
        if count > 3:
            result.append(_repeated(count - 3))
        return result


def _repeated(n):
    return f"  [Previous line repeated {n} more time{'s' if n > 1 else ''}]\n"


def extract_tb(tb, limit=None):
    """A StackSummary of a traceback's entries, outermost first."""
    return StackSummary.extract(walk_tb(tb), limit=limit)


def extract_stack(f=None, limit=None):
    """A StackSummary of the current stack (or from frame f), outermost first."""
    start = sys._getframe().f_back if f is None else f
    summary = StackSummary.extract(walk_stack(start), limit=limit)
    summary.reverse()
    return summary


def format_list(extracted_list):
    """One string per entry of a summary (or list of tuples)."""
    summary = StackSummary.from_list(extracted_list)
    return summary.format()


def format_stack(f=None, limit=None):
    """The current stack's lines, outermost first."""
    start = sys._getframe().f_back if f is None else f
    return extract_stack(start, limit).format()


def print_stack(f=None, limit=None, file=None):
    """Prints the current stack to file (sys.stderr by default)."""
    start = sys._getframe().f_back if f is None else f
    _emit(extract_stack(start, limit).format(), file)


def print_list(extracted_list, file=None):
    """Prints format_list's lines to file (sys.stderr by default)."""
    _emit(format_list(extracted_list), file)


def clear_frames(tb):
    """Clears the local variables of the frames of a traceback (where the frame allows)."""
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except (RuntimeError, AttributeError):
            pass
        tb = tb.tb_next


class TracebackException:
    """An exception made ready for formatting: its type, stack summary, chained exceptions
    and (for SyntaxError) location, captured now."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        self._exc = exc_value
        self.exc_type = exc_type
        self._str = str(exc_value) if exc_value is not None else ""
        self.__notes__ = getattr(exc_value, "__notes__", None)
        self.stack = StackSummary.extract(walk_tb(exc_traceback), limit=limit,
                                          lookup_lines=lookup_lines,
                                          capture_locals=capture_locals)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self._take_syntax_location(exc_value)
        seen = set() if _seen is None else _seen
        if exc_value is not None:
            seen.add(id(exc_value))
        kwargs = dict(limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals,
                      max_group_width=max_group_width, max_group_depth=max_group_depth)
        self.__cause__ = self._related(getattr(exc_value, "__cause__", None), seen, kwargs)
        self.__context__ = self._related(getattr(exc_value, "__context__", None), seen, kwargs)
        self.__suppress_context__ = bool(getattr(exc_value, "__suppress_context__", False))
        self.exceptions = None
        if exc_value is not None and isinstance(exc_value, BaseExceptionGroup):
            self.exceptions = [TracebackException(type(e), e, e.__traceback__, _seen=seen, **kwargs)
                               for e in exc_value.exceptions]

    def _take_syntax_location(self, error):
        # Line numbers are kept as text, as CPython's TracebackException keeps them.
        for field in ("lineno", "end_lineno"):
            number = getattr(error, field)
            setattr(self, field, None if number is None else str(number))
        for field in ("filename", "text", "offset", "end_offset", "msg"):
            setattr(self, field, getattr(error, field))

    @staticmethod
    def _related(exc, seen, kwargs):
        if exc is None or id(exc) in seen:
            return None
        return TracebackException(type(exc), exc, exc.__traceback__, _seen=seen, **kwargs)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """A TracebackException for an exception object."""
        return cls(exc.__class__, exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, TracebackException):
            return NotImplemented
        return vars(self) == vars(other)

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """The type and message lines (and notes), as format_exception_only gives them."""
        if self.exc_type is None:
            yield "NoneType: None\n"
            return
        yield from format_exception_only(self._exc)

    def format(self, *, chain=True, _ctx=None):
        """The lines of the whole display, as format_exception gives them."""
        yield from _format(self._exc, chain)

    def print(self, *, file=None, chain=True):
        """Prints the display to file (sys.stderr by default)."""
        _emit(self.format(chain=chain), file)
