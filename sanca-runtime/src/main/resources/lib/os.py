"""OS routines for POSIX: the os module (Lib/os.py's interface over the posix module).

Everything posix offers is re-exported; this module adds the portable layer:
os.path, os.environ, makedirs/removedirs/renames, walk, popen, fdopen, PathLike.
"""

import abc
import sys
from _collections_abc import Mapping as _Mapping, MutableMapping as _MutableMapping

import posix
from posix import *
from posix import _exit, _spawn_shell

import posixpath as path

sys.modules['os.path'] = path

name = 'posix'
linesep = '\n'
sep = '/'
pathsep = ':'
curdir = '.'
pardir = '..'
extsep = '.'
altsep = None
defpath = '/bin:/usr/bin'
devnull = '/dev/null'

error = OSError

supports_dir_fd = set()
supports_effective_ids = set()
supports_fd = {stat, listdir, scandir, chmod, utime, truncate}
supports_follow_symlinks = {stat, chmod, utime, link, access}

__all__ = [n for n in dir(posix) if not n.startswith('_')] + [
    'path', 'name', 'linesep', 'sep', 'pathsep', 'curdir', 'pardir', 'extsep',
    'altsep', 'defpath', 'devnull', 'error', 'makedirs', 'removedirs', 'renames',
    'walk', 'environ', 'environb', 'getenv', 'getenvb', 'popen', 'fdopen',
    'fsencode', 'fsdecode', 'get_exec_path', 'PathLike', 'SEEK_SET', 'SEEK_CUR',
    'SEEK_END', 'supports_bytes_environ']

supports_bytes_environ = True


def _exists(name):
    return name in globals()


def _parent_and_leaf(p):
    # A trailing separator leaves an empty leaf: look one level up instead.
    parent, leaf = path.split(p)
    if not leaf:
        parent, leaf = path.split(parent)
    return parent, leaf


def makedirs(name, mode=0o777, exist_ok=False):
    """Create directory `name` together with any missing ancestors.

    Ancestors are made with the default mode; `mode` applies to the last
    one.  With exist_ok true an existing directory is not an error."""
    parent, leaf = _parent_and_leaf(name)
    if parent and leaf and not path.exists(parent):
        try:
            makedirs(parent, exist_ok=exist_ok)
        except FileExistsError:
            # Someone else made it meanwhile: that is what we wanted.
            pass
        here = b'.' if isinstance(leaf, bytes) else curdir
        if leaf == here:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if exist_ok and path.isdir(name):
            return
        raise


def removedirs(name):
    """Remove directory `name`, then each parent that this leaves empty,
    stopping quietly at the first that cannot be removed."""
    rmdir(name)
    parent, leaf = _parent_and_leaf(name)
    while parent and leaf:
        try:
            rmdir(parent)
        except OSError:
            return
        parent, leaf = path.split(parent)


def renames(old, new):
    """Rename `old` to `new`, first creating the directories `new` needs and
    afterwards pruning the directories of `old` left empty."""
    target_dir, target_leaf = path.split(new)
    if target_dir and target_leaf and not path.exists(target_dir):
        makedirs(target_dir)
    rename(old, new)
    source_dir, source_leaf = path.split(old)
    if not (source_dir and source_leaf):
        return
    try:
        removedirs(source_dir)
    except OSError:
        pass


def _list_for_walk(folder, onerror, bottom_up, followlinks):
    """Read one directory for walk(): (subdir names, other names, subdir paths
    to descend into later), or None when it could not be read."""
    try:
        entries = scandir(folder)
    except OSError as exc:
        if onerror is not None:
            onerror(exc)
        return None
    subdirs, others, descend = [], [], []
    with entries:
        while True:
            try:
                entry = next(entries, None)
            except OSError as exc:
                if onerror is not None:
                    onerror(exc)
                return None
            if entry is None:
                break
            try:
                isdir = entry.is_dir()
            except OSError:
                isdir = False
            (subdirs if isdir else others).append(entry.name)
            if isdir and bottom_up:
                # Bottom-up walks decide now, while the entry's cached data is at hand.
                if not followlinks:
                    try:
                        if entry.is_symlink():
                            continue
                    except OSError:
                        continue
                descend.append(entry.path)
    return subdirs, others, descend


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Generate (dirpath, dirnames, filenames) for every directory of the tree
    under `top`.

    Top-down (the default), a directory comes before its subdirectories and
    the caller may edit dirnames in place to prune or reorder the descent;
    bottom-up, it comes after them.  Errors from listing a directory go to
    `onerror` (an OSError argument) when given and are otherwise ignored.
    Symbolic links to directories are listed but only followed on request."""
    pending = [fspath(top)]
    join, islink = path.join, path.islink
    while pending:
        item = pending.pop()
        if type(item) is tuple:
            # A bottom-up directory whose children have all been produced.
            yield item
            continue
        listing = _list_for_walk(item, onerror, not topdown, followlinks)
        if listing is None:
            continue
        subdirs, others, descend = listing
        if not topdown:
            pending.append((item, subdirs, others))
            pending.extend(descend[::-1])
            continue
        yield item, subdirs, others
        # subdirs may have been changed by the consumer: read it only now.
        for sub in subdirs[::-1]:
            child = join(item, sub)
            if followlinks or not islink(child):
                pending.append(child)


class _Environ(_MutableMapping):
    """A mapping over the environment: changes go to putenv/unsetenv, so child
    processes see them."""

    def __init__(self, data, encodekey, decodekey, encodevalue, decodevalue):
        self._data = data
        self.encodekey, self.decodekey = encodekey, decodekey
        self.encodevalue, self.decodevalue = encodevalue, decodevalue

    def __getitem__(self, key):
        raw_key = self.encodekey(key)
        if raw_key not in self._data:
            raise KeyError(key) from None
        return self.decodevalue(self._data[raw_key])

    def __setitem__(self, key, value):
        raw_key, raw_value = self.encodekey(key), self.encodevalue(value)
        putenv(raw_key, raw_value)
        self._data[raw_key] = raw_value

    def __delitem__(self, key):
        raw_key = self.encodekey(key)
        unsetenv(raw_key)
        if raw_key not in self._data:
            raise KeyError(key) from None
        del self._data[raw_key]

    def __iter__(self):
        # A snapshot, so that the loop body may change the environment.
        snapshot = list(self._data)
        return map(self.decodekey, snapshot)

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        shown = [f'{self.decodekey(k)!r}: {self.decodevalue(v)!r}'
                 for k, v in self._data.items()]
        return 'environ({' + ', '.join(shown) + '})'

    def copy(self):
        return dict(self)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if isinstance(other, _Mapping):
            return {**self, **other}
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, _Mapping):
            return {**other, **self}
        return NotImplemented


def _require(kind, kind_name):
    def check(value):
        if isinstance(value, kind):
            return value
        raise TypeError(f"{kind_name} expected, not {type(value).__name__}")
    return check


def _make_environ():
    text_only = _require(str, 'str')
    bytes_only = _require(bytes, 'bytes')

    def to_raw(text):
        return text_only(text).encode('utf-8', 'surrogateescape')

    def from_raw(raw):
        return raw.decode('utf-8', 'surrogateescape')

    store = posix.environ
    return (_Environ(store, to_raw, from_raw, to_raw, from_raw),
            _Environ(store, bytes_only, bytes, bytes_only, bytes))


environ, environb = _make_environ()
del _make_environ


def getenv(key, default=None):
    """Value of environment variable `key` (str), or `default` when unset."""
    return environ.get(key, default)


def getenvb(key, default=None):
    """Value of environment variable `key` (bytes), or `default` when unset."""
    return environb.get(key, default)


def fsencode(filename):
    """A path (str, bytes or os.PathLike) as bytes: str is encoded with the
    file-system encoding and 'surrogateescape'; bytes pass through."""
    p = fspath(filename)
    return p.encode('utf-8', 'surrogateescape') if isinstance(p, str) else p


def fsdecode(filename):
    """A path (str, bytes or os.PathLike) as str: bytes are decoded with the
    file-system encoding and 'surrogateescape'; str passes through."""
    p = fspath(filename)
    return p.decode('utf-8', 'surrogateescape') if isinstance(p, bytes) else p


def get_exec_path(env=None):
    """The directories searched for a program, as a list, taken from PATH in
    `env` (os.environ by default) or os.defpath when PATH is absent."""
    source = environ if env is None else env
    dirs = source.get('PATH')
    return (defpath if dirs is None else dirs).split(pathsep)


class _wrap_close:
    """A stream from popen whose close() waits for the command and returns its
    exit status (None when it succeeded)."""

    def __init__(self, stream, pid):
        self._stream = stream
        self._pid = pid

    def close(self):
        self._stream.close()
        status = waitpid(self._pid, 0)[1]
        return status or None

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def __iter__(self):
        return iter(self._stream)


def popen(cmd, mode="r", buffering=-1):
    """Run cmd in a shell and return a file object reading its output ("r")
    or writing its input ("w")."""
    if not isinstance(cmd, str):
        raise TypeError(f"invalid cmd type ({type(cmd)}, expected string)")
    if mode != "r" and mode != "w":
        raise ValueError(f"invalid mode {mode!r}")
    if buffering is None or buffering == 0:
        raise ValueError("popen() does not support unbuffered streams")
    import io
    pid, fd = _spawn_shell(cmd, mode)
    return _wrap_close(io.open(fd, mode, buffering), pid)


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    """Return an open file object connected to a file descriptor."""
    if not isinstance(fd, int):
        raise TypeError(f"invalid fd type ({type(fd)}, expected integer)")
    import io
    if 'b' not in mode:
        encoding = io.text_encoding(encoding)
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


class PathLike(abc.ABC):
    """Base for objects that stand for a file-system path via __fspath__."""

    @abc.abstractmethod
    def __fspath__(self):
        """The path this object stands for, as str or bytes."""
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is not PathLike:
            return NotImplemented
        # The nearest class defining __fspath__ decides; None opts out.
        for base in subclass.__mro__:
            found = base.__dict__.get('__fspath__', _MISSING)
            if found is not _MISSING:
                return found is not None
        return NotImplemented

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


_MISSING = object()
