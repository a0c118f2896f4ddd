"""Temporary files and directories: mkstemp, mkdtemp, NamedTemporaryFile,
TemporaryFile, SpooledTemporaryFile, TemporaryDirectory, gettempdir.

Names are drawn from os.urandom (no seeded generator is involved) and files
are created with O_EXCL, so two callers never receive the same one."""

import os as _os
import io as _io
import shutil as _shutil
import _thread

__all__ = ["NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile",
           "TemporaryDirectory", "mkstemp", "mkdtemp", "mktemp", "TMP_MAX",
           "gettempprefix", "tempdir", "template", "gettempdir",
           "gettempprefixb", "gettempdirb"]

TMP_MAX = 10000
template = "tmp"
tempdir = None

_tempdir_lock = _thread.allocate_lock()
_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789_"
_EXCLUSIVE_FILE = (_os.O_RDWR | _os.O_CREAT | _os.O_EXCL
                   | _os.O_NOFOLLOW | _os.O_CLOEXEC)


def _random_stem():
    width = len(_ALPHABET)
    return ''.join([_ALPHABET[byte % width] for byte in _os.urandom(8)])


def _places_to_try():
    # Environment first, then the usual system places, the working directory last.
    found = [_os.environ.get(var) for var in ('TMPDIR', 'TEMP', 'TMP')]
    places = [p for p in found if p]
    places += ['/tmp', '/var/tmp', '/usr/tmp']
    try:
        places.append(_os.getcwd())
    except OSError:
        places.append(_os.curdir)
    return places


def _first_usable_dir():
    for place in _places_to_try():
        candidate = place if place == _os.curdir else _os.path.abspath(place)
        if _os.path.isdir(candidate) and _os.access(candidate, _os.W_OK | _os.X_OK):
            return candidate
    raise FileNotFoundError(2, f"No usable temporary directory found in {_places_to_try()}")


def gettempprefix():
    """The prefix given to temporary names by default (str)."""
    return template


def gettempprefixb():
    """The prefix given to temporary names by default (bytes)."""
    return _os.fsencode(template)


def gettempdir():
    """The directory temporary files go to by default (str); chosen on first
    use unless tempfile.tempdir was set."""
    global tempdir
    if tempdir is None:
        with _tempdir_lock:
            if tempdir is None:
                tempdir = _first_usable_dir()
    return _os.fsdecode(tempdir)


def gettempdirb():
    """The directory temporary files go to by default (bytes)."""
    return _os.fsencode(gettempdir())


def _name_parts(prefix, suffix, dir):
    """Fill in defaults for prefix, suffix and dir, all of one type: bytes if
    any given one is bytes, else str.  Returns the three and a flag for bytes."""
    kinds = {type(_os.fspath(x)) is bytes for x in (prefix, suffix, dir) if x is not None}
    if len(kinds) > 1:
        raise TypeError("Can't mix bytes and non-bytes in path components.")
    as_bytes = kinds == {True}
    if suffix is None:
        suffix = b'' if as_bytes else ''
    if prefix is None:
        prefix = gettempprefixb() if as_bytes else template
    if dir is None:
        dir = gettempdirb() if as_bytes else gettempdir()
    return prefix, suffix, dir, as_bytes


def _claim_name(prefix, suffix, dir, create):
    """Call create(path) on fresh candidate paths until one does not exist
    yet; returns (path, what create returned)."""
    prefix, suffix, dir, as_bytes = _name_parts(prefix, suffix, dir)
    folder = _os.path.abspath(dir)
    for _ in range(TMP_MAX):
        stem = _random_stem()
        if as_bytes:
            stem = stem.encode('ascii')
        candidate = _os.path.join(folder, prefix + stem + suffix)
        try:
            return candidate, create(candidate)
        except FileExistsError:
            pass
    raise FileExistsError(17, "No usable temporary file name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a new file readable and writable only by its owner; return an
    OS-level handle to it (open for reading and writing) and its absolute path.
    Removing the file afterwards is the caller's job."""
    path, fd = _claim_name(prefix, suffix, dir,
                           lambda p: _os.open(p, _EXCLUSIVE_FILE, 0o600))
    return fd, path


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a new directory usable only by its owner and return its absolute
    path.  Removing it afterwards is the caller's job."""
    return _claim_name(prefix, suffix, dir, lambda p: _os.mkdir(p, 0o700))[0]


def mktemp(suffix="", prefix=template, dir=None):
    """Deprecated and unsafe: a path that did not exist when it was checked
    (nothing is created, so another process may take it first)."""
    folder = gettempdir() if dir is None else dir
    for _ in range(TMP_MAX):
        candidate = _os.path.join(folder, prefix + _random_stem() + suffix)
        if not _os.path.lexists(candidate):
            return candidate
    raise FileExistsError(17, "No usable temporary filename found")


class _TemporaryFileWrapper:
    """Wraps the file of NamedTemporaryFile: attribute access goes to the file,
    and the path is unlinked on close (or on leaving a with block)."""

    def __init__(self, file, name, delete=True, delete_on_close=True):
        self.file = file
        self.name = name
        self._unlink_wanted = delete
        self._unlink_on_close = delete_on_close
        self._unlinked = False

    def __getattr__(self, attr):
        return getattr(self.__dict__['file'], attr)

    def _unlink(self):
        if not self._unlink_wanted or self._unlinked:
            return
        self._unlinked = True
        try:
            _os.unlink(self.name)
        except FileNotFoundError:
            pass

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        outcome = self.file.__exit__(exc, value, tb)
        self._unlink()
        return outcome

    def close(self):
        self.file.close()
        if self._unlink_on_close:
            self._unlink()

    def __iter__(self):
        # A generator rather than iter(file), so the wrapper stays alive while iterated.
        yield from self.file


def _open_fd(fd, mode, buffering, newline, encoding, errors):
    return _io.open(fd, mode, buffering=buffering, newline=newline,
                    encoding=encoding, errors=errors)


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None,
                       suffix=None, prefix=None, dir=None, delete=True,
                       *, errors=None, delete_on_close=True):
    """A temporary file that has a name in the file system (the .name
    attribute), removed on close by default; see mkstemp for the arguments
    naming it and io.open for the others."""
    if 'b' not in mode:
        encoding = _io.text_encoding(encoding)
    fd, path = mkstemp(suffix, prefix, dir)
    try:
        stream = _open_fd(fd, mode, buffering, newline, encoding, errors)
        # Let the file report its path rather than its descriptor.
        innermost = stream
        for layer in ('buffer', 'raw'):
            innermost = getattr(innermost, layer, innermost)
        innermost.name = path
        return _TemporaryFileWrapper(stream, path, delete, delete_on_close)
    except BaseException:
        _os.unlink(path)
        _os.close(fd)
        raise


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None,
                  suffix=None, prefix=None, dir=None, *, errors=None):
    """A temporary file with no name in the file system: its directory entry
    is removed straight after creation."""
    fd, path = mkstemp(suffix, prefix, dir)
    try:
        _os.unlink(path)
        return _open_fd(fd, mode, buffering, newline, encoding, errors)
    except BaseException:
        _os.close(fd)
        raise


class SpooledTemporaryFile(_io.IOBase):
    """A temporary file kept in memory (BytesIO or StringIO) until it grows
    past max_size or its fileno() is asked for, then moved to a real
    TemporaryFile."""
    _rolled = False

    def __init__(self, max_size=0, mode='w+b', buffering=-1, encoding=None,
                 newline=None, suffix=None, prefix=None, dir=None,
                 *, errors=None):
        if 'b' in mode:
            self._file = _io.BytesIO()
        else:
            encoding = _io.text_encoding(encoding)
            self._file = _io.StringIO(newline='\n' if newline is None else newline)
        self._max_size = max_size
        self._rolled = False
        self._pending_args = dict(mode=mode, buffering=buffering, encoding=encoding,
                                  newline=newline, suffix=suffix, prefix=prefix,
                                  dir=dir, errors=errors)

    def _after_write(self):
        limit = self._max_size
        if limit and not self._rolled and self._file.tell() > limit:
            self.rollover()

    def rollover(self):
        """Move the data to a real temporary file (once; later calls do nothing)."""
        if self._rolled:
            return
        memory = self._file
        disk = TemporaryFile(**self._pending_args)
        del self._pending_args
        position = memory.tell()
        disk.write(memory.getvalue())
        disk.seek(position, 0)
        self._file = disk
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return iter(self._file)

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def encoding(self):
        return self._file.encoding if self._rolled else self._pending_args['encoding']

    @property
    def errors(self):
        return self._file.errors if self._rolled else self._pending_args['errors']

    @property
    def mode(self):
        return self._file.mode if self._rolled else self._pending_args['mode']

    @property
    def name(self):
        return self._file.name if self._rolled else None

    @property
    def newlines(self):
        return self._file.newlines

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush()

    def isatty(self):
        return self._file.isatty()

    def read(self, *args):
        return self._file.read(*args)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def truncate(self, size=None):
        if size is not None and size > self._max_size:
            self.rollover()
        return self._file.truncate() if size is None else self._file.truncate(size)

    def write(self, s):
        written = self._file.write(s)
        self._after_write()
        return written

    def writelines(self, iterable):
        result = self._file.writelines(iterable)
        self._after_write()
        return result

    def readable(self):
        return self._file.readable()

    def writable(self):
        return self._file.writable()

    def seekable(self):
        return self._file.seekable()


class TemporaryDirectory:
    """A fresh directory (see mkdtemp) whose path is .name and what a with
    block binds; it is removed with everything in it on leaving the block
    (unless delete is false) or on cleanup()."""

    def __init__(self, suffix=None, prefix=None, dir=None,
                 ignore_cleanup_errors=False, *, delete=True):
        self.name = mkdtemp(suffix, prefix, dir)
        self._tolerant = ignore_cleanup_errors
        self._delete = delete
        self._removed = False

    def __repr__(self):
        return f"<{type(self).__name__} {self.name!r}>"

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        if self._delete:
            self.cleanup()

    def cleanup(self):
        if self._removed or not _os.path.exists(self.name):
            return
        self._removed = True
        _shutil.rmtree(self.name, ignore_errors=self._tolerant)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
