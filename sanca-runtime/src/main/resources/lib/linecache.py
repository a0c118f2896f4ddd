"""Lines of source files, read once and kept: the `linecache` module of Python 3.12, written
for Sanca. Tracebacks and warnings use it to show the line a frame is at."""

import os
import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# filename -> (size, mtime, lines, fullname); a "lazy" entry is a 1-tuple holding a function
# that returns the source, filled in on first use.
cache = {}


def clearcache():
    """Forget every cached file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """The line `lineno` (counting from 1) of the file, with its newline, or '' when there is
    no such line or file."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ""


def getlines(filename, module_globals=None):
    """All the lines of a file, reading it if it is not cached yet."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drops cached files that changed on disk since they were read (all of them, or one)."""
    names = list(cache) if filename is None else [filename] if filename in cache else []
    for name in names:
        entry = cache[name]
        if len(entry) == 1:
            continue
        size, mtime, _lines, fullname = entry
        if mtime is None:
            continue
        try:
            st = os.stat(fullname)
        except (OSError, ValueError):
            cache.pop(name, None)
            continue
        if size != st.st_size or mtime != st.st_mtime:
            cache.pop(name, None)


def _source_from_loader(filename, module_globals):
    if not module_globals or "__name__" not in module_globals:
        return None
    spec = module_globals.get("__spec__")
    name = getattr(spec, "name", None) or module_globals["__name__"]
    loader = getattr(spec, "loader", None) or module_globals.get("__loader__")
    get_source = getattr(loader, "get_source", None)
    if get_source is None:
        return None
    try:
        return get_source(name)
    except (ImportError, OSError):
        return None


def _split(text):
    lines = text.splitlines(True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    return lines


def updatecache(filename, module_globals=None):
    """Reads a file into the cache (again) and returns its lines; [] when it cannot be read."""
    entry = cache.pop(filename, None)
    if not filename or (filename.startswith("<") and filename.endswith(">")):
        return []
    if entry is not None and len(entry) == 1:
        text = entry[0]()
        if text is not None:
            lines = _split(text)
            cache[filename] = (len(text), None, lines, filename)
            return lines
    fullname = filename
    try:
        st = os.stat(fullname)
    except OSError:
        st = None
        text = _source_from_loader(filename, module_globals)
        if text is not None:
            lines = _split(text)
            cache[filename] = (len(text), None, lines, fullname)
            return lines
        if os.path.isabs(filename):
            return []
        for directory in sys.path:
            try:
                candidate = os.path.join(directory, filename)
                st = os.stat(candidate)
            except (OSError, TypeError, ValueError):
                continue
            fullname = candidate
            break
        else:
            return []
    try:
        with open(fullname, encoding="utf-8", errors="replace") as f:
            lines = _split(f.read())
    except (OSError, UnicodeDecodeError, SyntaxError):
        return []
    cache[filename] = (st.st_size, st.st_mtime, lines, fullname)
    return lines


def lazycache(filename, module_globals):
    """Notes how to get a module's source without reading it now; True when that is possible."""
    if filename in cache:
        return len(cache[filename]) == 1
    if not filename or (filename.startswith("<") and filename.endswith(">")):
        return False
    if not module_globals or "__name__" not in module_globals:
        return False
    spec = module_globals.get("__spec__")
    loader = getattr(spec, "loader", None) or module_globals.get("__loader__")
    get_source = getattr(loader, "get_source", None)
    if get_source is None:
        return False
    name = getattr(spec, "name", None) or module_globals["__name__"]
    cache[filename] = (lambda: get_source(name),)
    return True
