"""Regular expressions: the `re` module of Python 3.12, written for Sanca.

Patterns are read and checked by the _sre engine module (CPython's syntax and error messages)
and run on the JVM's regular-expression engine. This package holds the module-level API: the
flags, the compiled-pattern cache, escape() and the error class."""

import enum
import _sre

__all__ = [
    # the operations
    "compile", "search", "match", "fullmatch", "split", "findall", "finditer", "sub",
    "subn", "escape", "purge", "template",
    # the types and the exception
    "Pattern", "Match", "error", "RegexFlag",
    # the flags, long and short names
    "NOFLAG", "ASCII", "A", "IGNORECASE", "I", "LOCALE", "L", "MULTILINE", "M",
    "DOTALL", "S", "VERBOSE", "X", "UNICODE", "U",
]

__version__ = "2.2.1"


@enum.global_enum
class RegexFlag(enum.IntFlag, boundary=enum.KEEP):
    NOFLAG = 0
    ASCII = A = 256        # \w, \d, \s, \b and case folding by ASCII only
    IGNORECASE = I = 2
    LOCALE = L = 4         # bytes patterns: by the current locale
    UNICODE = U = 32       # the default for str patterns
    MULTILINE = M = 8      # ^ and $ at every line
    DOTALL = S = 16        # . matches a newline too
    VERBOSE = X = 64       # whitespace and comments in the pattern are ignored
    TEMPLATE = T = 1       # deprecated
    DEBUG = 128
    __str__ = object.__str__
    _numeric_repr_ = hex


class error(Exception):
    """The exception raised for an invalid regular expression or replacement template.

    msg is the bare message; pattern and pos (where known) say where the problem is, and
    lineno and colno give that position by lines for a multi-line pattern."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is None or pos is None:
            self.lineno = self.colno = None
        else:
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            msg = f"{msg} at position {pos}"
            if newline in pattern:
                msg = f"{msg} (line {self.lineno}, column {self.colno})"
        super().__init__(msg)


error.__module__ = "re"
_sre.error = error

Pattern = _sre.Pattern
Match = _sre.Match

# (type, pattern, flags) -> Pattern, oldest first; a RegexFlag key hashes and compares as
# its int, so re.I and 2 share an entry. The type keeps b"x" and "x" apart.
_cache = {}
_MAXCACHE = 512


def _cached(pattern, flags):
    try:
        return _cache[type(pattern), pattern, flags]
    except KeyError:
        pass
    # Outside the except clause, so an error here carries no lookup failure as context.
    return _build(pattern, flags)


def _build(pattern, flags):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    made = _sre.compile(pattern, flags.value if isinstance(flags, RegexFlag) else flags)
    while len(_cache) >= _MAXCACHE:
        _cache.pop(next(iter(_cache)))
    _cache[type(pattern), pattern, flags] = made
    return made


def _compile(pattern, flags):
    """The name pickled patterns are rebuilt by (as in CPython, so pickles travel)."""
    return _cached(pattern, flags)


def compile(pattern, flags=0):
    """The Pattern for pattern and flags (cached)."""
    return _cached(pattern, flags)


def match(pattern, string, flags=0):
    """A Match if the pattern matches at the beginning of string, else None."""
    return _cached(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """A Match if the pattern matches the whole of string, else None."""
    return _cached(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """A Match for the first place in string where the pattern matches, else None."""
    return _cached(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """string with the matches of the pattern (leftmost first, not overlapping, at most
    count of them unless count is 0) replaced by repl: a template or a function of the Match."""
    return _cached(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """As sub, with the number of replacements: (new string, count)."""
    return _cached(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """The pieces of string between matches of the pattern (and the groups' texts)."""
    return _cached(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Every non-overlapping match: its text, its group's, or a tuple of its groups'."""
    return _cached(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """An iterator of a Match for each non-overlapping match."""
    return _cached(pattern, flags).finditer(string)


def purge():
    """Forgets the compiled patterns kept by compile()."""
    _cache.clear()


def template(pattern, flags=0):
    """Deprecated: compile() with the TEMPLATE flag."""
    import warnings
    warnings.warn("The re.template() function is deprecated "
                  "as it is an undocumented function "
                  "without an obvious purpose. "
                  "Use re.compile() instead.",
                  DeprecationWarning, stacklevel=2)
    return _cached(pattern, flags | RegexFlag.TEMPLATE)


# Characters that mean something in a pattern (or in verbose mode), escaped by escape().
_ESCAPED = {c: "\\" + chr(c) for c in b"()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}


def escape(pattern):
    """pattern with a backslash before every character a pattern would read specially."""
    if isinstance(pattern, str):
        return pattern.translate(_ESCAPED)
    return str(pattern, "latin1").translate(_ESCAPED).encode("latin1")


def _reduce_pattern(compiled):
    return _compile, (compiled.pattern, compiled.flags)


def _register_pickling():
    import copyreg
    copyreg.pickle(Pattern, _reduce_pattern, _compile)


_register_pickling()
