"""Extracting, formatting and printing stack traces: the `traceback` module of Python 3.12,
written for Sanca. Exceptions are formatted by the interpreter's own display (the native
_traceback module), so the module prints exactly what an uncaught exception prints."""

import linecache
import sys
import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

_sentinel = object()


def _resolve(exc, value, tb):
    """The exception the (exc) or old-style (type, value, tb) arguments describe."""
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is not _sentinel:
        return value
    return exc


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
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


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
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Prints the exception being handled, with its traceback."""
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    """Prints the last uncaught exception (sys.last_exc), as the interactive prompt keeps it."""
    if not hasattr(sys, "last_exc") and not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    exc = getattr(sys, "last_exc", None) or sys.last_value
    print_exception(exc, limit=limit, file=file, chain=chain)


def format_tb(tb, limit=None):
    """One string per frame of a traceback: file, line, function, source and markers."""
    blocks = _frame_blocks(_traceback.format_tb(tb)) if tb is not None else []
    return blocks if limit is None else _limited(blocks, limit)


def print_tb(tb, limit=None, file=None):
    """Prints format_tb's lines to file (sys.stderr by default)."""
    if file is None:
        file = sys.stderr
    for block in format_tb(tb, limit):
        print(block, file=file, end="")


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
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, index):
        return (self.filename, self.lineno, self.name, self.line)[index]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

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
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


class StackSummary(list):
    """A list of FrameSummary, ready for formatting."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        """A summary of (frame, lineno) pairs, the first `limit` of them."""
        if limit is None:
            limit = getattr(sys, "tracebacklimit", None)
            if limit is not None and limit < 0:
                limit = 0
        frames = list(frame_gen)
        if limit is not None:
            frames = frames[:limit] if limit >= 0 else frames[limit:]
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
            if isinstance(item, FrameSummary):
                result.append(item)
            else:
                filename, lineno, name, line = item
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """The lines for one frame: where it is, and its source line if known."""
        text = f'  File "{frame_summary.filename}", line {frame_summary.lineno}, in {frame_summary.name}\n'
        if frame_summary.line:
            text += f"    {frame_summary.line.strip()}\n"
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                text += f"    {name} = {value}\n"
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
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_list(extracted_list):
    """One string per entry of a summary (or list of tuples)."""
    return StackSummary.from_list(extracted_list).format()


def format_stack(f=None, limit=None):
    """The current stack's lines, outermost first."""
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    """Prints the current stack to file (sys.stderr by default)."""
    if f is None:
        f = sys._getframe().f_back
    if file is None:
        file = sys.stderr
    for block in format_stack(f, limit):
        print(block, file=file, end="")


def print_list(extracted_list, file=None):
    """Prints format_list's lines to file (sys.stderr by default)."""
    if file is None:
        file = sys.stderr
    for block in format_list(extracted_list):
        print(block, file=file, end="")


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
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
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

    @staticmethod
    def _related(exc, seen, kwargs):
        if exc is None or id(exc) in seen:
            return None
        return TracebackException(type(exc), exc, exc.__traceback__, _seen=seen, **kwargs)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """A TracebackException for an exception object."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

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
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")
