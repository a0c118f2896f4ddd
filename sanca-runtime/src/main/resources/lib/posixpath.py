"""Path operations on POSIX paths: os.path on this platform.

Mirrors Lib/posixpath.py's interface. The string functions need nothing else;
the ones that ask the file system (exists, isdir, realpath, getsize...) call os.
"""

import os
import stat as _stat

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
           'defpath', 'devnull', 'supports_unicode_filenames',
           'exists', 'lexists', 'isfile', 'isdir', 'islink', 'ismount', 'isjunction',
           'getsize', 'getmtime', 'getatime', 'getctime', 'abspath', 'realpath',
           'expanduser', 'expandvars', 'relpath', 'samefile', 'sameopenfile',
           'samestat', 'splitroot']


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


def _join_arg(p):
    if isinstance(p, (str, bytes)) or hasattr(type(p), "__fspath__"):
        return _fspath(p)
    raise TypeError("join() argument must be str, bytes, or os.PathLike object, not %r"
                    % type(p).__name__)


def join(a, *p):
    a = _join_arg(a)
    slash = _seps(a)[0]
    path = a
    for b in p:
        b = _join_arg(b)
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


def _stat_or_none(path, follow=True):
    try:
        return os.stat(path) if follow else os.lstat(path)
    except (OSError, ValueError):
        return None


def exists(path):
    """Test whether a path exists.  Returns False for broken symbolic links"""
    return _stat_or_none(path) is not None


def lexists(path):
    """Test whether a path exists.  Returns True for broken symbolic links"""
    return _stat_or_none(path, False) is not None


def isfile(path):
    """Test whether a path is a regular file"""
    st = _stat_or_none(path)
    return st is not None and _stat.S_ISREG(st.st_mode)


def isdir(s):
    """Return true if the pathname refers to an existing directory."""
    st = _stat_or_none(s)
    return st is not None and _stat.S_ISDIR(st.st_mode)


def islink(path):
    """Test whether a path is a symbolic link"""
    st = _stat_or_none(path, False)
    return st is not None and _stat.S_ISLNK(st.st_mode)


def isjunction(path):
    """Test whether a path is a junction"""
    os.fspath(path)
    return False


def ismount(path):
    """Test whether a path is a mount point"""
    st = _stat_or_none(path, False)
    if st is None or _stat.S_ISLNK(st.st_mode):
        return False
    path = os.fspath(path)
    parent = join(path, b'..' if isinstance(path, bytes) else '..')
    parent_st = _stat_or_none(parent, False)
    if parent_st is None:
        return False
    return st.st_dev != parent_st.st_dev or st.st_ino == parent_st.st_ino


def getsize(filename):
    """Return the size of a file, reported by os.stat()."""
    return os.stat(filename).st_size


def getmtime(filename):
    """Return the last modification time of a file, reported by os.stat()."""
    return os.stat(filename).st_mtime


def getatime(filename):
    """Return the last access time of a file, reported by os.stat()."""
    return os.stat(filename).st_atime


def getctime(filename):
    """Return the metadata change time of a file, reported by os.stat()."""
    return os.stat(filename).st_ctime


def samestat(s1, s2):
    """Test whether two stat buffers reference the same file"""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    """Test whether two pathnames reference the same actual file or directory"""
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    """Test whether two open file objects reference the same file"""
    return samestat(os.fstat(fp1), os.fstat(fp2))


def splitroot(p):
    """Split a pathname into drive, root and tail."""
    p = _fspath(p)
    slash, _, _, empty = _seps(p)
    if not p.startswith(slash):
        return empty, empty, p
    if p.startswith(slash * 2) and not p.startswith(slash * 3):
        return empty, slash * 2, p[2:]
    return empty, slash, p[1:]


def abspath(path):
    """Return an absolute path."""
    path = _fspath(path)
    if not isabs(path):
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """Return the canonical path of the specified filename, eliminating any
symbolic links encountered in the path."""
    filename = _fspath(filename)
    slash, dot, dotdot, empty = _seps(filename)
    pending = [c for c in filename.split(slash) if c][::-1]
    if isabs(filename):
        path = slash
    else:
        path = os.getcwdb() if isinstance(filename, bytes) else os.getcwd()
    links_seen = {}
    while pending:
        name = pending.pop()
        if name == dot:
            continue
        if name == dotdot:
            path = dirname(path) or slash
            continue
        candidate = join(path, name)
        try:
            st = os.lstat(candidate)
        except OSError:
            if strict:
                raise
            path = candidate
            continue
        if not _stat.S_ISLNK(st.st_mode):
            path = candidate
            continue
        if candidate in links_seen:
            if strict:
                os.stat(candidate)
            path = join(candidate, *pending[::-1]) if pending else candidate
            return path
        links_seen[candidate] = True
        target = os.readlink(candidate)
        if isabs(target):
            path = slash
        pending.extend([c for c in target.split(slash) if c][::-1])
    return path


def relpath(path, start=None):
    """Return a relative version of a path"""
    path = _fspath(path)
    if not path:
        raise ValueError("no path specified")
    slash, dot, dotdot, _ = _seps(path)
    if start is None:
        start = dot
    else:
        start = _fspath(start)
    if type(start) is not type(path):
        raise TypeError("Can't mix strings and bytes in path components")
    start_list = [x for x in abspath(start).split(slash) if x]
    path_list = [x for x in abspath(path).split(slash) if x]
    i = 0
    for a, b in zip(start_list, path_list):
        if a != b:
            break
        i += 1
    rel_list = [dotdot] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return dot
    return join(*rel_list)


def expanduser(path):
    """Expand ~ and ~user constructions.  If user or $HOME is unknown,
do nothing."""
    path = _fspath(path)
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):
        return path
    slash = _seps(path)[0]
    i = path.find(slash, 1)
    if i < 0:
        i = len(path)
    if i == 1:
        home = os.environ.get('HOME')
        if home is None:
            home = _home_of(None)
            if home is None:
                return path
    else:
        name = path[1:i]
        if isinstance(name, bytes):
            name = os.fsdecode(name)
        home = _home_of(name)
        if home is None:
            return path
    if isinstance(path, bytes):
        home = os.fsencode(home)
    home = home.rstrip(slash)
    return (home + path[i:]) or slash


def _home_of(user):
    """The home directory /etc/passwd gives user (the running user when None)."""
    uid = str(os.getuid())
    try:
        with open('/etc/passwd') as f:
            for line in f:
                fields = line.rstrip('\n').split(':')
                if len(fields) >= 6 and (fields[0] == user if user is not None else fields[2] == uid):
                    return fields[5]
    except OSError:
        pass
    return None


def expandvars(path):
    """Expand shell variables of form $var and ${var}.  Unknown variables
are left unchanged."""
    path = _fspath(path)
    if isinstance(path, bytes):
        if b'$' not in path:
            return path
        return os.fsencode(_expand(os.fsdecode(path), os.environ))
    if '$' not in path:
        return path
    return _expand(path, os.environ)


def _expand(path, env):
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        if path.startswith('${', i):
            end = path.find('}', i + 2)
            name = path[i + 2:end] if end >= 0 else ''
            if end >= 0 and name and _is_name(name):
                if name in env:
                    out.append(env[name])
                else:
                    out.append(path[i:end + 1])
                i = end + 1
                continue
            out.append(c)
            i += 1
            continue
        j = i + 1
        while j < n and (path[j].isalnum() and path[j].isascii() or path[j] == '_'):
            j += 1
        name = path[i + 1:j]
        if name and name in env:
            out.append(env[name])
        else:
            out.append(path[i:j])
        i = j
    return ''.join(out)


def _is_name(name):
    return all(ch.isalnum() and ch.isascii() or ch == '_' for ch in name)
