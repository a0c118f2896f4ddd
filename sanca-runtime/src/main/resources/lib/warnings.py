"""Warning control: the `warnings` module of Python 3.12, written for Sanca.

A warning goes through the filter list (first matching entry decides: error, ignore, always,
default, module or once) and, when shown, is printed to sys.stderr as
"file:line: Category: message" followed by the source line. The defaults and -W option
syntax are CPython's."""

import sys

__all__ = [
    "warn", "warn_explicit",                              # issuing
    "showwarning", "formatwarning",                       # showing
    "filterwarnings", "simplefilter", "resetwarnings",    # filtering
    "catch_warnings",
]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")

# Each entry: (action, message regex or None, category, module regex or None, lineno).
filters = []
defaultaction = "default"
onceregistry = {}

# Bumped whenever the filters change, so that per-module registries of warnings already
# shown are started afresh.
_filters_version = 1


def _filters_mutated():
    global _filters_version
    _filters_version += 1


def _line_of(filename, lineno, line):
    """The given source line, else the one linecache finds (None if reading fails)."""
    if line is not None:
        return line
    try:
        import linecache
        return linecache.getline(filename, lineno)
    except Exception:
        return None


def formatwarning(message, category, filename, lineno, line=None):
    """The text showwarning prints: where, which category, the message and the source line."""
    text = f"{filename}:{lineno}: {category.__name__}: {message}\n"
    line = _line_of(filename, lineno, line)
    if line:
        text += f"  {line.strip()}\n"
    return text


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Prints a warning to file (sys.stderr by default)."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _formatwarnmsg(msg):
    if formatwarning is not _formatwarning_orig:
        # A program replaced formatwarning: it gets the classic arguments.
        return formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


def _formatwarnmsg_impl(msg):
    return _formatwarning_orig(msg.message, msg.category, msg.filename, msg.lineno, msg.line)


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    try:
        file.write(_formatwarnmsg(msg))
    except OSError:
        pass


def _showwarnmsg(msg):
    if showwarning is not _showwarning_orig:
        if not callable(showwarning):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def _add_filter(*entry, append):
    """Puts entry first (moving it if present), or last when append is true and it is not
    there yet."""
    if not append:
        if entry in filters:
            filters.remove(entry)
        filters.insert(0, entry)
    elif entry not in filters:
        filters.append(entry)
    _filters_mutated()


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Adds a filter: `action` for warnings whose text matches the regular expression
    `message` (case-insensitive), of `category`, raised from a module whose name matches
    `module`, at `lineno` (0: any line). New filters go first unless append is true."""
    assert action in _ACTIONS, f"invalid action: {action!r}"
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    if message or module:
        import re
    message_re = re.compile(message, re.I) if message else None
    module_re = re.compile(module) if module else None
    _add_filter(action, message_re, category, module_re, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Adds a filter on category and line only (any message, any module)."""
    assert action in _ACTIONS, f"invalid action: {action!r}"
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def resetwarnings():
    """Removes every filter, the defaults included."""
    filters[:] = []
    _filters_mutated()


class _OptionError(Exception):
    """A -W option or PYTHONWARNINGS entry that cannot be understood."""


def _processoptions(args):
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as msg:
            sys.stderr.write(f"Invalid -W option ignored: {msg}\n")


def _setoption(arg):
    """Applies one -W option, action:message:category:module:lineno (fields may be empty)."""
    parts = arg.split(":")
    if len(parts) > 5:
        raise _OptionError(f"too many fields (max 5): {arg!r}")
    parts += [""] * (5 - len(parts))
    action, message, category, module, lineno = (s.strip() for s in parts)
    chosen = _getaction(action)
    kind = _getcategory(category)
    if message or module:
        import re
    text_pattern = re.escape(message) if message else ""
    module_pattern = re.escape(module) + r"\Z" if module else ""
    filterwarnings(chosen, text_pattern, kind, module_pattern, _option_lineno(lineno))


def _option_lineno(text):
    if not text:
        return 0
    number = None
    try:
        number = int(text)
    except (ValueError, OverflowError):
        pass
    if number is None:
        raise _OptionError(f"invalid lineno {text!r}")
    if number < 0:
        raise _OptionError(f"invalid lineno {number!r}")
    return number


def _getaction(action):
    if not action:
        return "default"
    if action == "all":
        return "always"
    for known in _ACTIONS:
        if known.startswith(action):
            return known
    raise _OptionError(f"invalid action: {action!r}")


def _getcategory(category):
    if not category:
        return Warning
    if "." in category:
        import importlib
        module_name, _, klass = category.rpartition(".")
        try:
            cat = getattr(importlib.import_module(module_name), klass)
        except (ImportError, AttributeError):
            raise _OptionError(f"invalid module name: {module_name!r}") from None
    else:
        import builtins
        try:
            cat = getattr(builtins, category)
        except AttributeError:
            raise _OptionError(f"unknown warning category: {category!r}") from None
    if not isinstance(cat, type) or not issubclass(cat, Warning):
        raise _OptionError(f"invalid warning category: {category!r}")
    return cat


# warn and warn_explicit are native (_warnings), as CPython's are C: a warning that a filter
# turns into an error then carries no frame of this module in its traceback.
from _warnings import warn, warn_explicit


class WarningMessage(object):
    """One warning as catch_warnings(record=True) records it."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = None
        if category:
            self._category_name = category.__name__

    def __str__(self):
        return (f"{{message : {self.message!r}, category : {self._category_name!r}, "
                f"filename : {self.filename!r}, lineno : {self.lineno}, "
                f"line : {self.line!r}}}")


class catch_warnings(object):
    """Saves the warning filters and showwarning on entry and puts them back on exit; with
    record=True, warnings are collected into the list that `as` binds instead of shown.
    With action given, simplefilter(action, category, lineno, append) runs on entry."""

    def __init__(self, *, record=False, module=None,
                 action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules["warnings"] if module is None else module
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules["warnings"]:
            args.append(f"module={self._module!r}")
        return f"{type(self).__name__}({', '.join(args)})"

    def __enter__(self):
        if self._entered:
            raise RuntimeError(f"Cannot enter {self!r} twice")
        self._entered = True
        module = self._module
        self._saved = (module.filters, module.showwarning, module._showwarnmsg_impl)
        module.filters = module.filters[:]
        module._filters_mutated()
        if self._filter is not None:
            module.simplefilter(*self._filter)
        if not self._record:
            return None
        log = []
        module._showwarnmsg_impl = log.append
        # Recording needs the default showwarning, which hands the message to the log.
        module.showwarning = module._showwarning_orig
        return log

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError(f"Cannot exit {self!r} without entering first")
        module = self._module
        module.filters, module.showwarning, module._showwarnmsg_impl = self._saved
        module._filters_mutated()


_DEPRECATED_MSG = "{name!r} is deprecated and slated for removal in Python {remove}"


def _deprecated(name, message=_DEPRECATED_MSG, *, remove, _version=sys.version_info):
    """Warns that `name` is deprecated and goes in version `remove` (a (major, minor) pair);
    raises once that version is reached, so that a forgotten removal is noticed."""
    release = "%d.%d" % tuple(remove)
    current = tuple(_version[:2])
    if current > tuple(remove) or (current == tuple(remove) and _version[3] != "alpha"):
        raise RuntimeError(f"{name!r} was slated for removal after Python {release} alpha")
    warn(message.format(name=name, remove=release), DeprecationWarning, stacklevel=3)


def _default_filters():
    """The filters a release build starts with, before -W options: deprecation warnings
    shown for __main__ only, and several categories ignored."""
    filters.append(("default", None, DeprecationWarning, "__main__", 0))
    for category in (DeprecationWarning, PendingDeprecationWarning, ImportWarning, ResourceWarning):
        filters.append(("ignore", None, category, None, 0))
    _filters_mutated()


_default_filters()
_processoptions(getattr(sys, "warnoptions", []))
del _default_filters
