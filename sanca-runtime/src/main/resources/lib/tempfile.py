"""Temporary files and directories (Lib/tempfile.py's interface): mkstemp,
mkdtemp, NamedTemporaryFile, TemporaryFile, SpooledTemporaryFile,
TemporaryDirectory, gettempdir."""

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

_once_lock = _thread.allocate_lock()
_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789_"


def _names():
    """Endless random 8-character names (from os.urandom, as no seeded generator is wanted)."""
    n = len(_CHARACTERS)
    while True:
        yield ''.join(_CHARACTERS[b % n] for b in _os.urandom(8))


def _candidate_tempdir_list():
    dirlist = []
    for envname in 'TMPDIR', 'TEMP', 'TMP':
        dirname = _os.getenv(envname)
        if dirname:
            dirlist.append(dirname)
    dirlist.extend(['/tmp', '/var/tmp', '/usr/tmp'])
    try:
        dirlist.append(_os.getcwd())
    except OSError:
        dirlist.append(_os.curdir)
    return dirlist


def _get_default_tempdir():
    for dir in _candidate_tempdir_list():
        if dir != _os.curdir:
            dir = _os.path.abspath(dir)
        if _os.path.isdir(dir) and _os.access(dir, _os.W_OK | _os.X_OK):
            return dir
    raise FileNotFoundError(2, "No usable temporary directory found in %s" % _candidate_tempdir_list())


def gettempprefix():
    """The default prefix for temporary directories as string."""
    return template


def gettempprefixb():
    """The default prefix for temporary directories as bytes."""
    return _os.fsencode(template)


def gettempdir():
    """Returns tempfile.tempdir as str."""
    global tempdir
    if tempdir is None:
        with _once_lock:
            if tempdir is None:
                tempdir = _get_default_tempdir()
    return _os.fsdecode(tempdir)


def gettempdirb():
    """Returns tempfile.tempdir as bytes."""
    return _os.fsencode(gettempdir())


def _sanitize_params(prefix, suffix, dir):
    output_type = str
    for arg in (prefix, suffix, dir):
        if arg is not None:
            output_type = type(_os.fspath(arg))
            break
    if suffix is None:
        suffix = output_type()
    if prefix is None:
        prefix = template if output_type is str else _os.fsencode(template)
    if dir is None:
        dir = gettempdir() if output_type is str else gettempdirb()
    return prefix, suffix, dir, output_type


def _create(dir, prefix, suffix, output_type, make):
    dir = _os.path.abspath(dir)
    names = _names()
    for _ in range(TMP_MAX):
        name = next(names)
        if output_type is bytes:
            name = _os.fsencode(name)
        file = _os.path.join(dir, prefix + name + suffix)
        try:
            return file, make(file)
        except FileExistsError:
            continue
    raise FileExistsError(17, "No usable temporary file name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create and return a unique temporary file: (fd, absolute path)."""
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    flags = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL | _os.O_NOFOLLOW | _os.O_CLOEXEC
    file, fd = _create(dir, prefix, suffix, output_type, lambda f: _os.open(f, flags, 0o600))
    return fd, file


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create and return a unique temporary directory (its absolute path)."""
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    file, _ = _create(dir, prefix, suffix, output_type, lambda f: _os.mkdir(f, 0o700))
    return file


def mktemp(suffix="", prefix=template, dir=None):
    """User-callable function to return a unique temporary file name (not created)."""
    if dir is None:
        dir = gettempdir()
    names = _names()
    for _ in range(TMP_MAX):
        file = _os.path.join(dir, prefix + next(names) + suffix)
        if not _os.path.lexists(file):
            return file
    raise FileExistsError(17, "No usable temporary filename found")


class _TemporaryFileWrapper:
    """A file object whose file is deleted when it is closed (if delete is true)."""

    def __init__(self, file, name, delete=True, delete_on_close=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._delete_on_close = delete_on_close
        self._closed = False

    def __getattr__(self, name):
        file = self.__dict__['file']
        return getattr(file, name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        self._cleanup()
        return result

    def _cleanup(self):
        if self.delete and not self._closed:
            self._closed = True
            try:
                _os.unlink(self.name)
            except FileNotFoundError:
                pass

    def close(self):
        self.file.close()
        if self._delete_on_close:
            self._cleanup()

    def __iter__(self):
        for line in self.file:
            yield line


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None,
                       newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None,
                       delete_on_close=True):
    """Create and return a temporary file with a visible name."""
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    if "b" not in mode:
        encoding = _io.text_encoding(encoding)
    fd, name = mkstemp(suffix, prefix, dir)
    try:
        file = _io.open(fd, mode, buffering=buffering, newline=newline,
                        encoding=encoding, errors=errors)
        raw = getattr(file, 'buffer', file)
        raw = getattr(raw, 'raw', raw)
        raw.name = name
        return _TemporaryFileWrapper(file, name, delete, delete_on_close)
    except BaseException:
        _os.unlink(name)
        _os.close(fd)
        raise


def TemporaryFile(mode='w+b', buffering=-1, encoding=None,
                  newline=None, suffix=None, prefix=None,
                  dir=None, *, errors=None):
    """Create and return a temporary file (its name is removed at once)."""
    fd, name = mkstemp(suffix, prefix, dir)
    try:
        _os.unlink(name)
        return _io.open(fd, mode, buffering=buffering, newline=newline,
                        encoding=encoding, errors=errors)
    except BaseException:
        _os.close(fd)
        raise


class SpooledTemporaryFile(_io.IOBase):
    """Temporary file wrapper, specialized to switch from BytesIO or StringIO
    to a real file when it exceeds a certain size or when a fileno is needed."""
    _rolled = False

    def __init__(self, max_size=0, mode='w+b', buffering=-1,
                 encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        if 'b' in mode:
            self._file = _io.BytesIO()
        else:
            encoding = _io.text_encoding(encoding)
            self._file = _io.StringIO(newline="\n" if newline is None else newline)
        self._max_size = max_size
        self._rolled = False
        self._TemporaryFileArgs = {'mode': mode, 'buffering': buffering,
                                   'suffix': suffix, 'prefix': prefix,
                                   'encoding': encoding, 'newline': newline,
                                   'dir': dir, 'errors': errors}

    def _check(self, file):
        if self._rolled:
            return
        max_size = self._max_size
        if max_size and file.tell() > max_size:
            self.rollover()

    def rollover(self):
        if self._rolled:
            return
        file = self._file
        newfile = self._file = TemporaryFile(**self._TemporaryFileArgs)
        del self._TemporaryFileArgs
        pos = file.tell()
        newfile.write(file.getvalue())
        newfile.seek(pos, 0)
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return self._file.__iter__()

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush()

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
        if size is None:
            return self._file.truncate()
        if size > self._max_size:
            self.rollover()
        return self._file.truncate(size)

    def write(self, s):
        file = self._file
        rv = file.write(s)
        self._check(file)
        return rv

    def writelines(self, iterable):
        file = self._file
        rv = file.writelines(iterable)
        self._check(file)
        return rv

    def readable(self):
        return self._file.readable()

    def writable(self):
        return self._file.writable()

    def seekable(self):
        return self._file.seekable()


class TemporaryDirectory:
    """Create and return a temporary directory, removed (with its contents)
    on exit from a with block or on cleanup()."""

    def __init__(self, suffix=None, prefix=None, dir=None,
                 ignore_cleanup_errors=False, *, delete=True):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._delete = delete
        self._done = False

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        if self._delete:
            self.cleanup()

    def cleanup(self):
        if not self._done and _os.path.exists(self.name):
            self._done = True
            _shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
