"""Pathname expansion with shell-style wildcards (the glob module of CPython 3.12).

A pattern is taken apart at its separators: the directory part is expanded first (itself a
pattern when it holds wildcards), then each directory found is listed and its names matched
against the last part with fnmatch. "**" with recursive=True stands for any number of
directory levels. Names starting with a dot are matched only by parts that start with a dot,
unless include_hidden is true.
"""

import os
import re
import sys
import fnmatch
import itertools
import stat

__all__ = ["glob", "iglob", "escape"]

_MAGIC = re.compile("([*?[])")
_MAGIC_BYTES = re.compile(b"([*?[])")
_DIR_FLAGS = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0)


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """A list of the paths matching pathname, in no particular order.

    With root_dir, the pattern is taken relative to it and so are the results; "**" matches
    any files and any number of nested directories when recursive is true.
    """
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """An iterator over the paths glob() would list."""
    sys.audit("glob.glob", pathname, recursive)
    sys.audit("glob.glob/2", pathname, recursive, root_dir, dir_fd)
    root = pathname[:0] if root_dir is None else os.fspath(root_dir)
    found = _expand(pathname, root, dir_fd, recursive, False, include_hidden)
    if pathname and not (recursive and _is_recursive(pathname[:2])):
        return found
    # "**" at the front first yields the empty path (its own top level), which is no result.
    return _drop_empty_first(found)


def _drop_empty_first(found):
    for path in found:
        if path:
            yield path
        break
    yield from found


def _expand(pattern, root, dir_fd, recursive, dironly, hidden):
    head, tail = os.path.split(pattern)
    if not has_magic(pattern):
        if tail:
            if _lexists(_in(root, pattern), dir_fd):
                yield pattern
        elif _isdir(_in(root, head), dir_fd):
            # a pattern ending with a separator names a directory
            yield pattern
        return
    if not head:
        lister = _recursive_names if recursive and _is_recursive(tail) else _matching_names
        yield from lister(root, tail, dir_fd, dironly, hidden)
        return
    if head != pattern and has_magic(head):
        parents = _expand(head, root, dir_fd, recursive, True, hidden)
    else:
        parents = (head,)
    if not has_magic(tail):
        lister = _literal_name
    elif recursive and _is_recursive(tail):
        lister = _recursive_names
    else:
        lister = _matching_names
    for parent in parents:
        for name in lister(_in(root, parent), tail, dir_fd, dironly, hidden):
            yield os.path.join(parent, name)


def _matching_names(directory, pattern, dir_fd, dironly, hidden):
    names = _listdir(directory, dir_fd, dironly)
    if not (hidden or _is_hidden(pattern)):
        names = [n for n in names if not _is_hidden(n)]
    return fnmatch.filter(names, pattern)


def _literal_name(directory, name, dir_fd, dironly, hidden):
    if name:
        if _lexists(_in(directory, name), dir_fd):
            return [name]
    elif _isdir(directory, dir_fd):
        return [name]
    return []


def _recursive_names(directory, pattern, dir_fd, dironly, hidden):
    """"**": the directory itself (as an empty name), then everything below it."""
    yield pattern[:0]
    yield from _walk(directory, dir_fd, dironly, hidden)


def _walk(directory, dir_fd, dironly, hidden):
    for name in _listdir(directory, dir_fd, dironly):
        if not hidden and _is_hidden(name):
            continue
        yield name
        path = _in(directory, name)
        if dironly or _isdir(path, dir_fd):
            for sub in _walk(path, dir_fd, dironly, hidden):
                yield os.path.join(name, sub)


def _scan(directory, dir_fd):
    """The DirEntry objects of a directory; none when it cannot be read."""
    if dir_fd is None:
        with os.scandir(directory or (os.curdir.encode() if isinstance(directory, bytes)
                                      else os.curdir)) as it:
            return list(it)
    fd = os.open(directory, _DIR_FLAGS, dir_fd=dir_fd) if directory else dir_fd
    try:
        with os.scandir(fd) as it:
            return list(it)
    finally:
        if fd != dir_fd:
            os.close(fd)


def _listdir(directory, dir_fd, dironly):
    try:
        entries = _scan(directory, dir_fd)
    except OSError:
        return []
    names = []
    for entry in entries:
        try:
            if dironly and not entry.is_dir():
                continue
        except OSError:
            continue
        name = entry.name
        if isinstance(directory, bytes) and isinstance(name, str):
            name = os.fsencode(name)
        names.append(name)
    return names


def _stat(path, dir_fd, follow):
    if dir_fd is None:
        return os.stat(path, follow_symlinks=follow)
    return os.stat(path, dir_fd=dir_fd, follow_symlinks=follow)


def _lexists(path, dir_fd):
    if dir_fd is None:
        return os.path.lexists(path)
    try:
        _stat(path, dir_fd, False)
    except (OSError, ValueError):
        return False
    return True


def _isdir(path, dir_fd):
    if dir_fd is None:
        return os.path.isdir(path)
    try:
        return stat.S_ISDIR(_stat(path, dir_fd, True).st_mode)
    except (OSError, ValueError):
        return False


def _in(directory, name):
    """name inside directory (name alone when directory is empty)."""
    if directory and name:
        return os.path.join(directory, name)
    return directory or name


def has_magic(s):
    """True when s holds a wildcard (*, ? or [)."""
    pattern = _MAGIC_BYTES if isinstance(s, bytes) else _MAGIC
    return pattern.search(s) is not None


def _is_hidden(name):
    return name[:1] in (".", b".")


def _is_recursive(pattern):
    return pattern == (b"**" if isinstance(pattern, bytes) else "**")


def glob0(dirname, pattern):
    """[pattern] when it names something in dirname (kept from older versions)."""
    return _literal_name(dirname, pattern, None, False, False)


def glob1(dirname, pattern):
    """The names in dirname matching pattern (kept from older versions)."""
    return _matching_names(dirname, pattern, None, False, False)


def escape(pathname):
    """pathname with its wildcards bracketed so that they match themselves; a drive or UNC
    share is left as it is."""
    drive, rest = os.path.splitdrive(pathname)
    if isinstance(pathname, bytes):
        rest = _MAGIC_BYTES.sub(rb"[\1]", rest)
    else:
        rest = _MAGIC.sub(r"[\1]", rest)
    return drive + rest


magic_check = _MAGIC
magic_check_bytes = _MAGIC_BYTES
