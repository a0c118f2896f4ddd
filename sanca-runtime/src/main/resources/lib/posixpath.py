"""Path operations on POSIX path strings (the pure part of os.path).

Mirrors Lib/posixpath.py's interface; the functions that need the file system
come with the native posix module.
"""

sep = '/'
curdir = '.'
pardir = '..'
extsep = '.'
altsep = None
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
supports_unicode_filenames = False

__all__ = ['normcase', 'isabs', 'join', 'splitdrive', 'split', 'splitext',
           'basename', 'dirname', 'commonprefix', 'commonpath', 'normpath',
           'sep', 'curdir', 'pardir', 'extsep', 'altsep', 'pathsep',
           'defpath', 'devnull', 'supports_unicode_filenames']


def _fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    method = getattr(type(p), '__fspath__', None)
    if method is None:
        raise TypeError('expected str, bytes or os.PathLike object, not '
                        + type(p).__name__)
    result = method(p)
    if not isinstance(result, (str, bytes)):
        raise TypeError('expected %s.__fspath__() to return str or bytes, not %s'
                        % (type(p).__name__, type(result).__name__))
    return result


def _seps(p):
    if isinstance(p, bytes):
        return b'/', b'.', b'..', b''
    return '/', '.', '..', ''


def normcase(s):
    return _fspath(s)


def isabs(s):
    s = _fspath(s)
    return s.startswith(_seps(s)[0])


def join(a, *p):
    a = _fspath(a)
    slash = _seps(a)[0]
    path = a
    for b in p:
        b = _fspath(b)
        if type(b) is not type(a):
            raise TypeError("Can't mix strings and bytes in path components")
        if b.startswith(slash):
            path = b
        elif not path or path.endswith(slash):
            path += b
        else:
            path += slash + b
    return path


def splitdrive(p):
    p = _fspath(p)
    return p[:0], p


def split(p):
    p = _fspath(p)
    slash = _seps(p)[0]
    i = p.rfind(slash) + 1
    head, tail = p[:i], p[i:]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head, tail


def splitext(p):
    p = _fspath(p)
    slash, dot = _seps(p)[0], _seps(p)[1]
    sep_index = p.rfind(slash)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        name_start = sep_index + 1
        while name_start < dot_index:
            if p[name_start:name_start + 1] != dot:
                return p[:dot_index], p[dot_index:]
            name_start += 1
    return p, p[:0]


def basename(p):
    p = _fspath(p)
    return p[p.rfind(_seps(p)[0]) + 1:]


def dirname(p):
    return split(p)[0]


def commonprefix(m):
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    low = min(m)
    high = max(m)
    for i, c in enumerate(low):
        if c != high[i]:
            return low[:i]
    return low


def normpath(path):
    path = _fspath(path)
    slash, dot, dotdot, empty = _seps(path)
    if path == empty:
        return dot
    leading = 0
    if path.startswith(slash):
        leading = 2 if path.startswith(slash * 2) and not path.startswith(slash * 3) else 1
    parts = []
    for part in path.split(slash):
        if part == empty or part == dot:
            continue
        if part != dotdot or (not leading and not parts) or (parts and parts[-1] == dotdot):
            parts.append(part)
        elif parts:
            parts.pop()
    result = slash * leading + slash.join(parts)
    return result or dot


def commonpath(paths):
    paths = tuple(map(_fspath, paths))
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    slash, dot = _seps(paths[0])[0], _seps(paths[0])[1]
    for p in paths:
        if type(p) is not type(paths[0]):
            raise TypeError("Can't mix strings and bytes in path components")
    split_paths = [p.split(slash) for p in paths]
    absolutes = {p.startswith(slash) for p in paths}
    if len(absolutes) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in s if c and c != dot] for s in split_paths]
    low = min(split_paths)
    high = max(split_paths)
    common = low
    for i, c in enumerate(low):
        if c != high[i]:
            common = low[:i]
            break
    prefix = slash if paths[0].startswith(slash) else paths[0][:0]
    return prefix + slash.join(common)
