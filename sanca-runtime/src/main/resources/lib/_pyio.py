"""The io class hierarchy in Python: raw files over os descriptors, buffered
streams, text streams with encoding and newline translation, BytesIO and
StringIO (the interface of CPython's _io, documented in Lib/io.py)."""

import os
import abc
import sys
from _io import UnsupportedOperation, DEFAULT_BUFFER_SIZE

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

_IO = '_io'


def text_encoding(encoding, stacklevel=2):
    """A helper function to choose the text encoding: 'locale' (UTF-8 here)
    when encoding is None."""
    if encoding is None:
        return "locale"
    return encoding


def _resolve_encoding(encoding):
    if encoding is None or encoding == "locale":
        return "UTF-8"
    return encoding


def _is_utf8(encoding):
    return encoding.lower().replace('_', '-') in ('utf-8', 'utf8', 'u8', 'utf', 'cp65001')


def _incomplete_tail(data, encoding):
    """How many bytes at the end of data start a character not yet complete."""
    if not _is_utf8(encoding):
        return 0
    n = len(data)
    for back in range(1, min(4, n) + 1):
        b = data[n - back]
        if b & 0xC0 == 0x80:
            continue
        if b >= 0xF0:
            need = 4
        elif b >= 0xE0:
            need = 3
        elif b >= 0xC0:
            need = 2
        else:
            need = 1
        return back if need > back else 0
    return 0


def _check_optional_str(owner, name, value):
    """TypeError unless value is a str or None: the argument checks of open(),
    TextIOWrapper() and StringIO()."""
    if value is not None and not isinstance(value, str):
        raise TypeError(f"{owner} argument '{name}' must be str or None, "
                        f"not {type(value).__name__}")


_OPEN_MODE_CHARS = frozenset("axrwb+t")
_OPEN_KINDS = frozenset("xrwa")


def _open_kind(mode):
    """Checks open()'s mode string; gives its one kind letter (x, r, w or a)."""
    letters = set(mode)
    if len(letters) != len(mode) or not letters <= _OPEN_MODE_CHARS:
        raise ValueError("invalid mode: %r" % mode)
    if "t" in letters and "b" in letters:
        raise ValueError("can't have text and binary mode at once")
    kinds = letters & _OPEN_KINDS
    if len(kinds) > 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if not kinds:
        raise ValueError("Must have exactly one of create/read/write/append mode and at most one plus")
    return kinds.pop()


def open(file, mode="r", buffering=-1, encoding=None, errors=None,
         newline=None, closefd=True, opener=None):
    r"""Open file and return a stream.  Raise OSError upon failure."""
    if not isinstance(file, int):
        file = os.fspath(file)
    if not isinstance(file, (str, bytes, int)):
        raise TypeError("invalid file: %r" % file)
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not %s" % type(mode).__name__)
    if not isinstance(buffering, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(buffering).__name__)
    text_args = (("encoding", "an encoding", encoding), ("errors", "an errors", errors),
                 ("newline", "a newline", newline))
    for name, _, value in text_args:
        _check_optional_str("open()", name, value)
    kind = _open_kind(mode)
    binary = "b" in mode
    updating = "+" in mode
    if binary:
        for _, described, value in text_args:
            if value is not None:
                raise ValueError(f"binary mode doesn't take {described} argument")
        if buffering == 1:
            import warnings
            warnings.warn("line buffering (buffering=1) isn't supported in binary mode, "
                          "the default buffer size will be used", RuntimeWarning, 2)
    raw = FileIO(file, kind + ("+" if updating else ""), closefd, opener=opener)
    outer = raw
    try:
        line_buffering = buffering == 1 or (buffering < 0 and raw.isatty())
        size = DEFAULT_BUFFER_SIZE if line_buffering or buffering < 0 else buffering
        if size == 0:
            if binary:
                return raw
            raise ValueError("can't have unbuffered text I/O")
        if updating:
            layer = BufferedRandom
        else:
            layer = BufferedReader if kind == "r" else BufferedWriter
        outer = layer(raw, size)
        if binary:
            return outer
        outer = TextIOWrapper(outer, encoding, errors, newline, line_buffering)
        outer.mode = mode
        return outer
    except:
        outer.close()
        raise


def open_code(path):
    """Opens the provided file with the intent to import the contents."""
    return open(path, "rb")


class IOBase(metaclass=abc.ABCMeta):
    """The abstract base class for all I/O classes."""

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def seek(self, pos, whence=0):
        self._unsupported("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported("truncate")

    def flush(self):
        self._checkClosed()

    __closed = False

    def close(self):
        if not self.__closed:
            try:
                self.flush()
            finally:
                self.__closed = True

    def __del__(self):
        pass

    def seekable(self):
        return False

    def _checkSeekable(self, msg=None):
        if not self.seekable():
            raise UnsupportedOperation("File or stream is not seekable." if msg is None else msg)

    def readable(self):
        return False

    def _checkReadable(self, msg=None):
        if not self.readable():
            raise UnsupportedOperation("File or stream is not readable." if msg is None else msg)

    def writable(self):
        return False

    def _checkWritable(self, msg=None):
        if not self.writable():
            raise UnsupportedOperation("File or stream is not writable." if msg is None else msg)

    @property
    def closed(self):
        return self.__closed

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError("I/O operation on closed file." if msg is None else msg)

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def fileno(self):
        self._unsupported("fileno")

    def isatty(self):
        self._checkClosed()
        return False

    def readline(self, size=-1):
        if size is None:
            size = -1
        elif not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
        line = bytearray()
        while not line.endswith(b"\n") and (size < 0 or len(line) < size):
            byte = self.read(1)
            if not byte:
                break
            line += byte
        return bytes(line)

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        if hint is None or hint <= 0:
            return list(self)
        n = 0
        lines = []
        for line in self:
            lines.append(line)
            n += len(line)
            if n >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    """Unbuffered binary streams: read and readall are built on readinto."""

    def read(self, size=-1):
        if size is None:
            size = -1
        if size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        del b[n:]
        return bytes(b)

    def readall(self):
        collected = bytearray()
        while chunk := self.read(DEFAULT_BUFFER_SIZE):
            collected += chunk
        return bytes(collected)

    def readinto(self, b):
        raise NotImplementedError

    def write(self, b):
        raise NotImplementedError


def _fill_from(b, read):
    # The views are released on the way out: a view left to the collector would keep the
    # caller's bytearray exported, and resizing it (RawIOBase.read's del) would have to wait
    # for a collection to learn the view is gone.
    with memoryview(b) as view, view.cast('B') as m:
        data = read(len(m))
        n = len(data)
        m[:n] = data
    return n


def _nbytes(b):
    with memoryview(b) as view:
        return view.nbytes


def _index(value):
    """value as an int through __index__, with the TypeError CPython gives."""
    if isinstance(value, int):
        return value
    convert = getattr(type(value), "__index__", None)
    if convert is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return convert(value)


_FILEIO_MODE_CHARS = frozenset('xrwab+')
_FILEIO_KIND_FLAGS = {
    'x': os.O_EXCL | os.O_CREAT,
    'r': 0,
    'w': os.O_CREAT | os.O_TRUNC,
    'a': os.O_APPEND | os.O_CREAT,
}
# rw-rw-rw-, narrowed by the process umask.
_NEW_FILE_PERMISSIONS = 0o666


class FileIO(RawIOBase):
    """A raw file: an os file descriptor opened for reading, writing or both."""
    _fd = -1
    _created = False
    _readable = False
    _writable = False
    _appending = False
    _seekable = None
    _closefd = True

    def __init__(self, file, mode='r', closefd=True, opener=None):
        if self._fd >= 0:
            try:
                if self._closefd:
                    os.close(self._fd)
            finally:
                self._fd = -1
        if not isinstance(mode, str):
            raise TypeError(f"FileIO() argument 'mode' must be str, not {type(mode).__name__}")
        if isinstance(file, int):
            if isinstance(file, bool):
                import warnings
                warnings.warn("bool is used as a file descriptor", RuntimeWarning, stacklevel=2)
                file = int(file)
            fd = file
            if fd < 0:
                raise ValueError('negative file descriptor')
        else:
            # A path: what os.fspath rejects (a float, say) fails before the mode is read.
            os.fspath(file)
            fd = -1
        flags = self._take_mode(mode)
        owned_fd = None
        try:
            if fd < 0:
                if not closefd:
                    raise ValueError('Cannot use closefd=False with file name')
                if opener is None:
                    fd = os.open(file, flags, _NEW_FILE_PERMISSIONS)
                else:
                    fd = opener(file, flags)
                    if not isinstance(fd, int):
                        raise TypeError('expected integer from opener')
                    if fd < 0:
                        raise OSError('Negative file descriptor')
                owned_fd = fd
            self._closefd = closefd
            try:
                st = os.fstat(fd)
            except OSError as e:
                if e.errno == 9:
                    raise
            else:
                import stat
                if stat.S_ISDIR(st.st_mode):
                    raise IsADirectoryError(21, os.strerror(21), file)
            self.name = file
            if self._appending:
                try:
                    os.lseek(fd, 0, SEEK_END)
                except OSError:
                    pass
        except:
            if owned_fd is not None:
                os.close(owned_fd)
            raise
        self._fd = fd

    def _take_mode(self, mode):
        """Checks a FileIO mode, sets the access attributes, gives the os.open flags."""
        if set(mode) - _FILEIO_MODE_CHARS:
            raise ValueError('invalid mode: %s' % (mode,))
        kinds = [letter for letter in mode if letter in _FILEIO_KIND_FLAGS]
        if len(kinds) != 1 or mode.count('+') > 1:
            raise ValueError('Must have exactly one of create/read/write/append mode and at most one plus')
        kind = kinds[0]
        self._created = kind == 'x'
        self._appending = kind == 'a'
        self._readable = kind == 'r' or '+' in mode
        self._writable = kind != 'r' or '+' in mode
        if self._readable:
            access = os.O_RDWR if self._writable else os.O_RDONLY
        else:
            access = os.O_WRONLY
        return _FILEIO_KIND_FLAGS[kind] | access | getattr(os, 'O_CLOEXEC', 0)

    def _checkClosed(self, msg=None):
        if self._fd < 0:
            raise ValueError('I/O operation on closed file')

    def _checkReadable(self):
        if not self._readable:
            raise UnsupportedOperation('File not open for reading')

    def _checkWritable(self, msg=None):
        if not self._writable:
            raise UnsupportedOperation('File not open for writing')

    def read(self, size=None):
        self._checkClosed()
        self._checkReadable()
        if size is None or size < 0:
            return self.readall()
        return os.read(self._fd, size)

    def readall(self):
        self._checkClosed()
        self._checkReadable()
        chunks = []
        while True:
            chunk = os.read(self._fd, 65536)
            if not chunk:
                break
            chunks.append(chunk)
        return b''.join(chunks)

    def readinto(self, b):
        return _fill_from(b, self.read)

    def write(self, b):
        self._checkClosed()
        self._checkWritable()
        return os.write(self._fd, b)

    def seek(self, pos, whence=SEEK_SET):
        pos = _index(pos)
        return self._lseek(pos, whence)

    def tell(self):
        return self._lseek(0, SEEK_CUR)

    def _lseek(self, offset, whence):
        self._checkClosed()
        return os.lseek(self._fd, offset, whence)

    def truncate(self, size=None):
        self._checkClosed()
        self._checkWritable()
        if size is None:
            size = self.tell()
        os.ftruncate(self._fd, size)
        return size

    def close(self):
        if not self.closed:
            try:
                if self._closefd:
                    os.close(self._fd)
            finally:
                super().close()
                self._fd = -1

    def seekable(self):
        self._checkClosed()
        if self._seekable is None:
            try:
                self.tell()
            except OSError:
                self._seekable = False
            else:
                self._seekable = True
        return self._seekable

    def readable(self):
        self._checkClosed()
        return self._readable

    def writable(self):
        self._checkClosed()
        return self._writable

    def fileno(self):
        self._checkClosed()
        return self._fd

    def isatty(self):
        self._checkClosed()
        return os.isatty(self._fd)

    @property
    def closed(self):
        return self._fd < 0

    @property
    def closefd(self):
        return self._closefd

    @property
    def mode(self):
        if self._created:
            return 'xb+' if self._readable else 'xb'
        if self._appending:
            return 'ab+' if self._readable else 'ab'
        if self._readable:
            return 'rb+' if self._writable else 'rb'
        return 'wb'

    def __repr__(self):
        class_name = _class_path(self)
        if self.closed:
            return f'<{class_name} [closed]>'
        try:
            name = self.name
        except AttributeError:
            return '<%s fd=%d mode=%r closefd=%r>' % (class_name, self._fd, self.mode, self._closefd)
        return '<%s name=%r mode=%r closefd=%r>' % (class_name, name, self.mode, self._closefd)


def _class_path(obj):
    kind = type(obj)
    return f"{kind.__module__}.{kind.__qualname__}"


class BufferedIOBase(IOBase):
    """Base class for buffered binary streams."""

    def read(self, size=-1):
        self._unsupported("read")

    def read1(self, size=-1):
        self._unsupported("read1")

    def readinto(self, b):
        return self._readinto(b, False)

    def readinto1(self, b):
        return self._readinto(b, True)

    def _readinto(self, b, read1):
        return _fill_from(b, self.read1 if read1 else self.read)

    def write(self, b):
        self._unsupported("write")

    def detach(self):
        self._unsupported("detach")


class _BufferedBase(BufferedIOBase):
    """A buffer over a raw stream: reads fill a read-ahead buffer, writes
    collect until buffer_size bytes wait or a flush."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        self._raw = raw
        self.buffer_size = buffer_size
        self._rbuf = b""
        self._rpos = 0
        self._wbuf = bytearray()
        import _thread
        self._lock = _thread.RLock()

    @property
    def raw(self):
        return self._raw

    def _check_raw(self):
        if self._raw is None:
            raise ValueError("raw stream has been detached")

    @property
    def closed(self):
        self._check_raw()
        return self._raw.closed

    @property
    def name(self):
        self._check_raw()
        return self._raw.name

    @property
    def mode(self):
        self._check_raw()
        return self._raw.mode

    def fileno(self):
        self._check_raw()
        return self._raw.fileno()

    def isatty(self):
        self._check_raw()
        return self._raw.isatty()

    def seekable(self):
        self._check_raw()
        return self._raw.seekable()

    def readable(self):
        self._check_raw()
        return self._raw.readable()

    def writable(self):
        self._check_raw()
        return self._raw.writable()

    def __repr__(self):
        try:
            shown = f" name={self.name!r}"
        except AttributeError:
            shown = ""
        return f"<{_class_path(self)}{shown}>"

    def __getstate__(self):
        raise TypeError("cannot pickle {!r} object".format(type(self).__name__))

    def detach(self):
        self._check_raw()
        self.flush()
        raw = self._raw
        self._raw = None
        return raw

    def close(self):
        with self._lock:
            if self._raw is None or self._raw.closed:
                return
            try:
                self.flush()
            finally:
                self._raw.close()

    def flush(self):
        with self._lock:
            self._check_raw()
            if self._raw.closed:
                raise ValueError("flush of closed file")
            self._flush_unlocked()

    def _flush_unlocked(self):
        if self._wbuf:
            data = bytes(self._wbuf)
            del self._wbuf[:]
            while data:
                n = self._raw.write(data)
                if n is None:
                    n = 0
                data = data[n:]

    def _drop_read_ahead(self):
        ahead = len(self._rbuf) - self._rpos
        self._rbuf = b""
        self._rpos = 0
        if ahead and self._raw.seekable():
            self._raw.seek(-ahead, SEEK_CUR)

    def _checkClosed(self, msg=None):
        self._check_raw()
        if self._raw.closed:
            raise ValueError("I/O operation on closed file." if msg is None else msg)

    def read(self, size=-1):
        if size is None:
            size = -1
        with self._lock:
            self._checkClosed("read of closed file")
            self._checkReadable()
            self._flush_unlocked()
            buf = self._rbuf[self._rpos:]
            if size < 0:
                rest = self._read_to_end()
                self._rbuf = b""
                self._rpos = 0
                return buf + rest
            if len(buf) >= size:
                self._rpos += size
                return buf[:size]
            chunks = [buf]
            have = len(buf)
            self._rbuf = b""
            self._rpos = 0
            while have < size:
                chunk = self._raw.read(max(self.buffer_size, size - have))
                if not chunk:
                    break
                chunks.append(chunk)
                have += len(chunk)
            data = b"".join(chunks)
            if len(data) > size:
                self._rbuf = data
                self._rpos = size
                return data[:size]
            return data

    def _read_to_end(self):
        """The rest of the raw stream: readall() where the stream has it (a raw file),
        else reads until one gives nothing (a buffered stream used as raw)."""
        readall = getattr(self._raw, "readall", None)
        if readall is not None:
            return readall() or b""
        pieces = []
        while chunk := self._raw.read(self.buffer_size):
            pieces.append(chunk)
        return b"".join(pieces)

    def read1(self, size=-1):
        with self._lock:
            self._checkClosed("read of closed file")
            self._checkReadable()
            if self._rpos >= len(self._rbuf):
                self._flush_unlocked()
                self._rbuf = self._raw.read(self.buffer_size) or b""
                self._rpos = 0
            if size is None or size < 0:
                size = len(self._rbuf) - self._rpos
            data = self._rbuf[self._rpos:self._rpos + size]
            self._rpos += len(data)
            return data

    def peek(self, size=0):
        with self._lock:
            self._checkClosed("peek of closed file")
            self._checkReadable()
            if self._rpos >= len(self._rbuf):
                self._rbuf = self._raw.read(self.buffer_size) or b""
                self._rpos = 0
            return self._rbuf[self._rpos:]

    def readline(self, size=-1):
        if size is None:
            size = -1
        with self._lock:
            self._checkClosed("readline of closed file")
            self._checkReadable()
            self._flush_unlocked()
            parts = []
            have = 0
            while size < 0 or have < size:
                if self._rpos >= len(self._rbuf):
                    self._rbuf = self._raw.read(self.buffer_size) or b""
                    self._rpos = 0
                    if not self._rbuf:
                        break
                end = self._rbuf.find(b"\n", self._rpos)
                stop = len(self._rbuf) if end < 0 else end + 1
                if size >= 0:
                    stop = min(stop, self._rpos + size - have)
                parts.append(self._rbuf[self._rpos:stop])
                have += stop - self._rpos
                self._rpos = stop
                if parts[-1].endswith(b"\n"):
                    break
            return b"".join(parts)

    def write(self, b):
        with self._lock:
            if self._raw is None:
                raise ValueError("raw stream has been detached")
            if self._raw.closed:
                raise ValueError("write to closed file")
            self._checkWritable()
            if isinstance(b, str):
                raise TypeError("a bytes-like object is required, not 'str'")
            if self._rpos < len(self._rbuf):
                self._drop_read_ahead()
            else:
                self._rbuf = b""
                self._rpos = 0
            n = _nbytes(b) if not isinstance(b, (bytes, bytearray)) else len(b)
            self._wbuf += b
            if len(self._wbuf) >= self.buffer_size:
                self._flush_unlocked()
            return n

    def seek(self, pos, whence=0):
        if whence not in (0, 1, 2):
            raise ValueError("invalid whence (%r, should be 0, 1 or 2)" % (whence,))
        with self._lock:
            self._checkClosed("seek of closed file")
            self._flush_unlocked()
            if whence == 1:
                pos -= len(self._rbuf) - self._rpos
            self._rbuf = b""
            self._rpos = 0
            return self._raw.seek(pos, whence)

    def tell(self):
        with self._lock:
            self._check_raw()
            pos = self._raw.tell() - (len(self._rbuf) - self._rpos) + len(self._wbuf)
            return max(pos, 0)

    def truncate(self, pos=None):
        with self._lock:
            self._checkClosed("truncate of closed file")
            if not self.writable():
                self._unsupported("truncate")
            self._flush_unlocked()
            if pos is None:
                pos = self.tell()
            self._drop_read_ahead()
            return self._raw.truncate(pos)


def _require_raw(raw, *abilities):
    """UnsupportedOperation unless raw.seekable() (and so on for each ability) is true."""
    for ability in abilities:
        if not getattr(raw, ability)():
            raise UnsupportedOperation(f"File or stream is not {ability}.")


class BufferedReader(_BufferedBase):
    """A buffer for a readable raw stream."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        _require_raw(raw, "readable")
        super().__init__(raw, buffer_size)

    def writable(self):
        return False

    def _checkWritable(self, msg=None):
        raise UnsupportedOperation("write")


class BufferedWriter(_BufferedBase):
    """A buffer for a writable raw stream."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        _require_raw(raw, "writable")
        super().__init__(raw, buffer_size)

    def readable(self):
        return False

    def _checkReadable(self, msg=None):
        raise UnsupportedOperation("read")


class BufferedRandom(_BufferedBase):
    """A buffer for a seekable raw stream open for reading and writing."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        _require_raw(raw, "seekable", "readable", "writable")
        super().__init__(raw, buffer_size)


class BufferedRWPair(BufferedIOBase):
    """A reader and a writer joined into one stream."""

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        if not reader.readable():
            raise UnsupportedOperation('"reader" argument must be readable.')
        if not writer.writable():
            raise UnsupportedOperation('"writer" argument must be writable.')
        self.reader, self.writer = (BufferedReader(reader, buffer_size),
                                    BufferedWriter(writer, buffer_size))

    def read(self, size=-1):
        return self.reader.read(size)

    def readinto(self, b):
        return self.reader.readinto(b)

    def write(self, b):
        return self.writer.write(b)

    def peek(self, size=0):
        return self.reader.peek(size)

    def read1(self, size=-1):
        return self.reader.read1(size)

    def readable(self):
        return self.reader.readable()

    def writable(self):
        return self.writer.writable()

    def flush(self):
        return self.writer.flush()

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()

    def isatty(self):
        return any(side.isatty() for side in (self.reader, self.writer))

    @property
    def closed(self):
        return self.writer.closed


class BytesIO(BufferedIOBase):
    """A binary stream over a bytearray held in memory."""

    def __init__(self, initial_bytes=None):
        buf = bytearray()
        if initial_bytes is not None:
            if isinstance(initial_bytes, str):
                raise TypeError("a bytes-like object is required, not 'str'")
            buf += initial_bytes
        self._buffer = buf
        self._pos = 0
        self._exports = 0

    def __getstate__(self):
        if self.closed:
            raise ValueError("__getstate__ on closed file")
        return self.getvalue(), self._pos, getattr(self, '__dict__', {}).copy()

    def _live_buffer(self):
        """The buffer; ValueError once the stream is closed."""
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return self._buffer

    def getvalue(self):
        return bytes(self._live_buffer())

    def getbuffer(self):
        return memoryview(self._live_buffer())

    def close(self):
        if self._buffer is not None:
            self._buffer.clear()
        super().close()

    def read(self, size=-1):
        self._checkClosed()
        if size is None:
            size = -1
        elif not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
        start = self._pos
        stop = len(self._buffer) if size < 0 else min(len(self._buffer), start + size)
        if stop <= start:
            return b""
        self._pos = stop
        return bytes(self._buffer[start:stop])

    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        self._checkClosed()
        if size is None:
            size = -1
        end = self._buffer.find(b"\n", self._pos)
        end = len(self._buffer) if end < 0 else end + 1
        if size >= 0:
            end = min(end, self._pos + size)
        b = self._buffer[self._pos:end]
        self._pos = max(self._pos, end)
        return bytes(b)

    def write(self, b):
        self._checkClosed()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        with memoryview(b) as view:
            n = view.nbytes
        if n == 0:
            return 0
        pos = self._pos
        if pos > len(self._buffer):
            self._buffer += bytes(pos - len(self._buffer))
        self._buffer[pos:pos + n] = b
        self._pos += n
        return n

    def seek(self, pos, whence=0):
        self._checkClosed()
        pos = _index(pos)
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %r" % (pos,))
            origin = 0
        elif whence == 1:
            origin = self._pos
        elif whence == 2:
            origin = len(self._buffer)
        else:
            raise ValueError("invalid whence (%r, should be 0, 1 or 2)" % (whence,))
        self._pos = max(origin + pos, 0)
        return self._pos

    def tell(self):
        self._checkClosed()
        return self._pos

    def truncate(self, pos=None):
        self._checkClosed()
        if pos is None:
            pos = self._pos
        elif pos < 0:
            raise ValueError("negative size value %r" % (pos,))
        del self._buffer[pos:]
        return pos

    def readable(self):
        self._live_buffer()
        return True

    def writable(self):
        self._live_buffer()
        return True

    def seekable(self):
        self._live_buffer()
        return True


class TextIOBase(IOBase):
    """Base class for text I/O."""

    def read(self, size=-1):
        self._unsupported("read")

    def write(self, s):
        self._unsupported("write")

    def truncate(self, pos=None):
        self._unsupported("truncate")

    def readline(self):
        self._unsupported("readline")

    def detach(self):
        self._unsupported("detach")

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


def _check_newline(newline, owner="TextIOWrapper()"):
    _check_optional_str(owner, "newline", newline)
    if newline not in (None, "", "\n", "\r", "\r\n"):
        raise ValueError("illegal newline value: %s" % (newline,))


class _LineReading:
    """Reading text held in self._decoded[self._dpos:] with universal newlines:
    newline None translates \\r and \\r\\n to \\n; '' keeps them but ends
    lines at any of them; another value ends lines only at itself."""

    def _translated(self, text, final):
        if self._readnl is None:
            if '\r' in text:
                text = text.replace('\r\n', '\n').replace('\r', '\n')
        return text

    def _line_end(self, text, start):
        """The index just past the first line ending in text[start:], or -1."""
        nl = self._readnl
        if nl is None or nl == '':
            i = start
            n = len(text)
            while i < n:
                j = text.find('\n', i)
                k = text.find('\r', i)
                if k < 0 or 0 <= j < k:
                    return j + 1 if j >= 0 else -1
                if k + 1 < n:
                    return k + 2 if text[k + 1] == '\n' else k + 1
                return -2
            return -1
        i = text.find(nl, start)
        return i + len(nl) if i >= 0 else -1


class TextIOWrapper(_LineReading, TextIOBase):
    """Character and line based layer over a BufferedIOBase object, buffer."""
    _CHUNK_SIZE = 8192

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        _check_newline(newline)
        _check_optional_str("TextIOWrapper()", "encoding", encoding)
        encoding = _resolve_encoding(encoding)
        # An unknown encoding fails here, as it does in CPython's constructor.
        "".encode(encoding)
        _check_optional_str("TextIOWrapper()", "errors", errors)
        self._buffer = buffer
        self._encoding = encoding
        self._errors = "strict" if errors is None else errors
        self._use_newline(newline)
        self._line_buffering, self._write_through = line_buffering, write_through
        self._decoded = ""
        self._dpos = 0
        self._pending = b""
        self._seen_nl = set()
        self._has_read_ahead = False

    def _use_newline(self, newline):
        """Reading translates by newline (None: universal); writing turns \\n into
        newline, or os.linesep when it is None, and leaves it alone when it is ''."""
        self._readnl = newline
        self._writetranslate = newline != ''
        self._writenl = newline if newline else os.linesep

    def __repr__(self):
        parts = [f"<{_class_path(self)}"]
        for attribute in ("name", "mode"):
            try:
                parts.append(f" {attribute}={getattr(self, attribute)!r}")
            except AttributeError:
                pass
        parts.append(f" encoding={self.encoding!r}>")
        return "".join(parts)

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def buffer(self):
        return self._buffer

    @property
    def closed(self):
        return self._buffer.closed

    @property
    def name(self):
        return self._buffer.name

    @property
    def newlines(self):
        if not self._seen_nl:
            return None
        order = [n for n in ("\r", "\n", "\r\n") if n in self._seen_nl]
        return order[0] if len(order) == 1 else tuple(order)

    def fileno(self):
        return self._buffer.fileno()

    def isatty(self):
        return self._buffer.isatty()

    def seekable(self):
        return self._buffer.seekable()

    def readable(self):
        return self._buffer.readable()

    def writable(self):
        return self._buffer.writable()

    def flush(self):
        self._buffer.flush()

    def close(self):
        if self._buffer is not None and not self.closed:
            try:
                self.flush()
            finally:
                self._buffer.close()

    def detach(self):
        if self._buffer is None:
            raise ValueError("underlying buffer has been detached")
        self.flush()
        buffer = self._buffer
        self._buffer = None
        return buffer

    def reconfigure(self, *, encoding=None, errors=None, newline=Ellipsis,
                    line_buffering=None, write_through=None):
        if encoding is not None:
            self._encoding = _resolve_encoding(encoding)
            if errors is None:
                errors = "strict"
        if errors is not None:
            self._errors = errors
        if newline is not Ellipsis:
            _check_newline(newline)
            self._use_newline(newline)
        if line_buffering is not None:
            self._line_buffering = bool(line_buffering)
        if write_through is not None:
            self._write_through = bool(write_through)

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError("I/O operation on closed file." if msg is None else msg)

    def write(self, s):
        self._checkClosed()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        if not self.writable():
            raise UnsupportedOperation("not writable")
        length = len(s)
        has_newline = "\n" in s
        if has_newline and self._writetranslate and self._writenl != "\n":
            s = s.replace("\n", self._writenl)
        if self._decoded or self._pending:
            self._rewind_read_ahead()
        self._buffer.write(s.encode(self._encoding, self._errors))
        if self._write_through or self._line_buffering and (has_newline or "\r" in s):
            self.flush()
        return length

    def _rewind_read_ahead(self):
        if self._buffer.seekable():
            self._buffer.seek(self._tell_unlocked())
        self._forget_decoded()

    def _forget_decoded(self):
        self._decoded = ""
        self._dpos = 0
        self._pending = b""

    def _read_chunk(self):
        """Decodes one more chunk into self._decoded; False at the end of the file."""
        if not self.readable():
            raise UnsupportedOperation("not readable")
        data = self._buffer.read1(self._CHUNK_SIZE) if hasattr(self._buffer, 'read1') \
            else self._buffer.read(self._CHUNK_SIZE)
        eof = not data
        data = self._pending + (data or b"")
        keep = 0 if eof else _incomplete_tail(data, self._encoding)
        self._pending = data[len(data) - keep:] if keep else b""
        text = (data[:len(data) - keep] if keep else data).decode(self._encoding, self._errors)
        self._decoded = self._decoded[self._dpos:] + text
        self._dpos = 0
        return not eof

    def _note_newlines(self, text):
        if '\r' in text or '\n' in text:
            crlf = text.count('\r\n')
            if crlf:
                self._seen_nl.add('\r\n')
            if text.count('\r') > crlf:
                self._seen_nl.add('\r')
            if text.count('\n') > crlf:
                self._seen_nl.add('\n')

    def _take(self, end):
        text = self._decoded[self._dpos:end]
        self._dpos = end
        if not self._readnl:
            self._note_newlines(text)
        return self._translated(text, True)

    def read(self, size=-1):
        self._checkClosed()
        if size is None:
            size = -1
        elif not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
        if not self.readable():
            raise UnsupportedOperation("not readable")
        if size < 0:
            rest = self._pending + self._buffer.read()
            self._pending = b""
            self._decoded = self._decoded[self._dpos:] + rest.decode(self._encoding, self._errors)
            self._dpos = 0
            return self._take(len(self._decoded))
        out = []
        while size > 0:
            avail = len(self._decoded) - self._dpos
            if avail == 0 or avail == 1 and self._decoded.endswith('\r') and self._readnl is None:
                if not self._read_chunk():
                    if len(self._decoded) > self._dpos:
                        out.append(self._take(len(self._decoded)))
                    break
                continue
            end = self._dpos + min(size, avail)
            if self._readnl is None and self._decoded[end - 1:end] == '\r' and end < len(self._decoded) \
                    and self._decoded[end] == '\n':
                end += 1
            part = self._take(end)
            out.append(part)
            size -= len(part)
        return "".join(out)

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readline(self, size=-1):
        self._checkClosed()
        if size is None:
            size = -1
        elif not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
        while True:
            end = self._line_end(self._decoded, self._dpos)
            if end >= 0:
                break
            if size >= 0 and len(self._decoded) - self._dpos >= size:
                end = self._dpos + size
                break
            if not self._read_chunk():
                end = len(self._decoded)
                break
        if size >= 0 and end - self._dpos > size:
            end = self._dpos + size
        return self._take(end)

    def _tell_unlocked(self):
        pos = self._buffer.tell()
        rest = self._decoded[self._dpos:]
        return pos - len(self._pending) - len(rest.encode(self._encoding, self._errors))

    def _check_seekable_stream(self):
        self._checkClosed()
        if not self.seekable():
            raise UnsupportedOperation("underlying stream is not seekable")

    def tell(self):
        self._check_seekable_stream()
        self.flush()
        return self._tell_unlocked()

    def seek(self, cookie, whence=0):
        self._check_seekable_stream()
        if whence == SEEK_CUR:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            cookie = self.tell()
            whence = SEEK_SET
        elif whence == SEEK_END:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self.flush()
            self._forget_decoded()
            return self._buffer.seek(0, whence)
        elif whence != SEEK_SET:
            raise ValueError("invalid whence (%r, should be 0, 1 or 2)" % (whence,))
        if cookie < 0:
            raise ValueError("negative seek position %r" % (cookie,))
        self.flush()
        self._forget_decoded()
        self._buffer.seek(cookie)
        return cookie

    def truncate(self, pos=None):
        self.flush()
        return self._buffer.truncate(pos)


class StringIO(_LineReading, TextIOBase):
    """A text stream over a string held in memory.

    The text is self._text followed by the pieces in self._parts, appended
    by writes at the end and joined only when something reads or overwrites,
    so a run of writes costs one join and reading a line scans only that line."""

    def __init__(self, initial_value="", newline="\n"):
        if isinstance(newline, str) and newline not in ("", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        _check_newline(newline, "StringIO()")
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s" % type(initial_value).__name__)
        self._readnl = newline
        self._writenl = newline or "\n"
        self._text = ""
        self._parts = []
        self._size = 0
        self._pos = 0
        self._seen_nl = set()
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def _value(self):
        if self._parts:
            self._parts.insert(0, self._text)
            self._text = "".join(self._parts)
            self._parts = []
        return self._text

    def getvalue(self):
        self._checkClosed()
        return self._value()

    def write(self, s):
        self._checkClosed()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        length = len(s)
        if self._readnl is None:
            if '\r' in s:
                s = s.replace('\r\n', '\n').replace('\r', '\n')
        elif self._readnl != '' and self._writenl != '\n':
            s = s.replace('\n', self._writenl)
        pos = self._pos
        size = self._size
        n = len(s)
        if pos >= size:
            if pos > size:
                self._parts.append('\0' * (pos - size))
            self._parts.append(s)
            self._size = pos + n
        elif n:
            text = self._value()
            self._text = text[:pos] + s + text[pos + n:]
            self._size = len(self._text)
        self._pos = pos + n
        return length

    def read(self, size=-1):
        self._checkClosed()
        if size is None or size < 0:
            end = self._size
        else:
            end = min(self._size, self._pos + size)
        if self._pos >= end:
            return ""
        s = self._value()[self._pos:end]
        self._pos = end
        return s

    def _line_stop(self, text, start):
        """The index just past the line starting at start (text's end if it has none)."""
        nl = self._readnl
        if nl == '':
            j = text.find('\n', start)
            k = text.find('\r', start, len(text) if j < 0 else j)
            if k >= 0:
                return k + 2 if text.startswith('\n', k + 1) else k + 1
        else:
            nl = nl or '\n'
            j = text.find(nl, start)
            if j >= 0:
                j += len(nl) - 1
        return j + 1 if j >= 0 else len(text)

    def readline(self, size=-1):
        self._checkClosed()
        if size is None:
            size = -1
        elif not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
        pos = self._pos
        if pos >= self._size:
            return ""
        text = self._value()
        end = self._line_stop(text, pos)
        if size >= 0:
            end = min(end, pos + size)
        self._pos = end
        return text[pos:end]

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        self._checkClosed()
        return self._pos

    def seek(self, pos, whence=0):
        self._checkClosed()
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = self._size
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def truncate(self, pos=None):
        self._checkClosed()
        if pos is None:
            pos = self._pos
        elif pos < 0:
            raise ValueError("Negative size value %d" % pos)
        if pos < self._size:
            self._text = self._value()[:pos]
            self._size = pos
        return pos

    def readable(self):
        self._checkClosed()
        return True

    def writable(self):
        self._checkClosed()
        return True

    def seekable(self):
        self._checkClosed()
        return True

    def detach(self):
        raise UnsupportedOperation("detach")

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None


for _cls in (IOBase, RawIOBase, BufferedIOBase, TextIOBase, FileIO, BytesIO, StringIO,
             BufferedReader, BufferedWriter, BufferedRandom, BufferedRWPair, TextIOWrapper):
    _cls.__module__ = _IO
del _cls
