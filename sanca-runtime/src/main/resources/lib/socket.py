"""Network sockets: the socket class over _socket's, file objects over sockets, and the
helpers that open connections and servers by address."""

import _socket
from _socket import *
import io
import os
import enum as _enum

__all__ = ["socket", "SocketType", "SocketIO", "AddressFamily", "SocketKind",
           "create_connection", "create_server", "has_dualstack_ipv6",
           "fromfd", "getfqdn", "socketpair"]
__all__.extend(n for n in dir(_socket) if n.isupper() and not n.startswith("_"))
__all__.extend(["error", "timeout", "herror", "gaierror", "getaddrinfo",
                "gethostname", "gethostbyname", "gethostbyname_ex",
                "gethostbyaddr", "getnameinfo", "getservbyname",
                "getservbyport", "getdefaulttimeout", "setdefaulttimeout",
                "inet_aton", "inet_ntoa", "inet_pton", "inet_ntop",
                "htons", "ntohs", "htonl", "ntohl", "has_ipv6", "dup", "close"])


def _constants(prefix, exclude=()):
    return {n: v for n, v in vars(_socket).items()
            if n.startswith(prefix) and n.isupper() and n not in exclude}


AddressFamily = _enum.IntEnum("AddressFamily", _constants("AF_"), module=__name__)
SocketKind = _enum.IntEnum("SocketKind", _constants("SOCK_"), module=__name__)
MsgFlag = _enum.IntFlag("MsgFlag", _constants("MSG_"), module=__name__)
AddressInfo = _enum.IntFlag("AddressInfo", _constants("AI_"), module=__name__)
for _enum in (AddressFamily, SocketKind, MsgFlag, AddressInfo):
    globals().update(_enum.__members__)
del _enum

_GLOBAL_DEFAULT_TIMEOUT = object()


def _as_enum(value, enum_class):
    try:
        return enum_class(value)
    except ValueError:
        return value


class socket(_socket.socket):
    """A network socket: _socket.socket with file objects, dup, the with statement and
    family and type as enum members."""

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        """A new socket (AF_INET and SOCK_STREAM by default), or one over descriptor fileno."""
        super().__init__(family, type, proto, fileno)
        self._io_refs = 0
        self._closed = False

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        if not self._closed:
            self.close()

    def __repr__(self):
        closed = getattr(self, "_closed", False)
        parts = ["<%s.%s%s fd=%i, family=%s, type=%s, proto=%i" % (
            type(self).__module__, type(self).__qualname__, " [closed]" if closed else "",
            self.fileno(), int(self.family), int(self.type), self.proto)]
        if not closed:
            for label, getter in ((", laddr=%s", self.getsockname), (", raddr=%s", self.getpeername)):
                try:
                    address = getter()
                except OSError:
                    continue
                if address is not None:
                    parts.append(label % (address,))
        return "".join(parts) + ">"

    def __getstate__(self):
        raise TypeError(f"cannot pickle {type(self).__name__!r} object")

    def dup(self):
        copy = type(self)(self.family, self.type, self.proto, fileno=dup(self.fileno()))
        copy.settimeout(self.gettimeout())
        return copy

    def accept(self):
        """Waits for a connection: (a new socket for it, the peer's address)."""
        fd, address = self._accept()
        conn = socket(self.family, self.type, self.proto, fileno=fd)
        if self.gettimeout() and getdefaulttimeout() is None:
            conn.setblocking(True)
        return conn, address

    def makefile(self, mode="r", buffering=None, *, encoding=None, errors=None, newline=None):
        """A file object reading and/or writing this socket (mode: r, w, b combinations)."""
        if set(mode) - set("rwb"):
            raise ValueError("invalid mode %r (only r, w, b allowed)" % (mode,))
        reading = "r" in mode
        writing = "w" in mode
        if not reading and not writing:
            reading = True
        raw_mode = ("r" if reading else "") + ("w" if writing else "")
        raw = SocketIO(self, raw_mode)
        self._io_refs += 1
        if buffering is None or buffering < 0:
            buffering = io.DEFAULT_BUFFER_SIZE  # the default, as for open()
        binary = "b" in mode
        if buffering == 0:
            if not binary:
                raise ValueError("unbuffered streams must be binary")
            return raw
        if reading and writing:
            stream = io.BufferedRWPair(raw, raw, buffering)
        elif reading:
            stream = io.BufferedReader(raw, buffering)
        else:
            stream = io.BufferedWriter(raw, buffering)
        if binary:
            return stream
        text = io.TextIOWrapper(stream, io.text_encoding(encoding), errors, newline)
        text.mode = mode
        return text

    def sendfile(self, file, offset=0, count=None):
        """Sends a binary file's bytes from offset (count of them, or to its end); returns the count sent."""
        if "b" not in getattr(file, "mode", "b"):
            raise ValueError("file should be opened in binary mode")
        if self.type & SOCK_STREAM == 0:
            raise ValueError("only SOCK_STREAM type sockets are supported")
        if count is not None:
            if not isinstance(count, int):
                raise TypeError("count must be a positive integer (got {!r})".format(count))
            if count <= 0:
                raise ValueError("count must be a positive integer (got {!r})".format(count))
        if offset:
            file.seek(offset)
        sent = 0
        try:
            while count is None or sent < count:
                want = 8192 if count is None else min(8192, count - sent)
                chunk = file.read(want)
                if not chunk:
                    break
                self.sendall(chunk)
                sent += len(chunk)
            return sent
        finally:
            if sent > 0 and hasattr(file, "seek"):
                file.seek(offset + sent)

    def _decref_socketios(self):
        if self._io_refs > 0:
            self._io_refs -= 1
        if self._closed:
            self.close()

    def _real_close(self, _close=_socket.socket.close):
        _close(self)

    def close(self):
        self._closed = True
        if self._io_refs <= 0:
            self._real_close()

    def detach(self):
        self._closed = True
        return super().detach()

    @property
    def family(self):
        return _as_enum(super().family, AddressFamily)

    @property
    def type(self):
        return _as_enum(super().type, SocketKind)

    def get_inheritable(self):
        return False

    def set_inheritable(self, inheritable):
        if inheritable:
            raise OSError("sockets cannot be inherited by child processes of this interpreter")


SocketType = _socket.socket


_SOCKETIO_MODES = frozenset(("r", "w", "rw", "rb", "wb", "rwb"))


class SocketIO(io.RawIOBase):
    """A raw binary stream over a socket, what makefile() buffers."""

    def __init__(self, sock, mode):
        if mode not in _SOCKETIO_MODES:
            raise ValueError("invalid mode: %r" % mode)
        io.RawIOBase.__init__(self)
        self._sock = sock
        if "b" not in mode:
            mode += "b"
        self._mode = mode
        self._reading = "r" in mode
        self._writing = "w" in mode
        self._timed_out = False

    def _check_timeout(self):
        if self._timed_out:
            raise OSError("cannot read from timed out object")

    def read(self, size=-1):
        self._checkClosed()
        self._checkReadable()
        if size is None or size < 0:
            return self.readall()
        self._check_timeout()
        try:
            return self._sock.recv(size)
        except timeout:
            self._timed_out = True
            raise

    def readinto(self, b):
        self._checkClosed()
        self._checkReadable()
        self._check_timeout()
        try:
            return self._sock.recv_into(b)
        except timeout:
            self._timed_out = True
            raise
        except BlockingIOError:
            return None

    def write(self, b):
        self._checkClosed()
        self._checkWritable()
        try:
            return self._sock.send(b)
        except BlockingIOError:
            return None

    def _open_or_fail(self):
        if self.closed:
            raise ValueError("I/O operation on closed socket.")

    def readable(self):
        """Whether the stream was opened for reading."""
        self._open_or_fail()
        return self._reading

    def writable(self):
        """Whether the stream was opened for writing."""
        self._open_or_fail()
        return self._writing

    def seekable(self):
        """Never: a socket is a stream without positions."""
        self._open_or_fail()
        return False

    def fileno(self):
        self._checkClosed()
        return self._sock.fileno()

    @property
    def name(self):
        return self._sock.fileno() if not self.closed else -1

    @property
    def mode(self):
        return self._mode

    def close(self):
        if self.closed:
            return
        io.RawIOBase.close(self)
        self._sock._decref_socketios()
        self._sock = None


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    """Resolves host and port: a list of (family, type, proto, canonname, sockaddr)."""
    return [(_as_enum(af, AddressFamily), _as_enum(kind, SocketKind), pr, canon, address)
            for af, kind, pr, canon, address in _socket.getaddrinfo(host, port, family, type, proto, flags)]


def getfqdn(name=""):
    """The fully qualified domain name of name (of this host when empty)."""
    name = name.strip()
    if not name or name in ("0.0.0.0", "::"):
        name = gethostname()
    try:
        host, aliases, addresses = gethostbyaddr(name)
    except error:
        return name
    for candidate in [host] + aliases:
        if "." in candidate:
            return candidate
    return host


def fromfd(fd, family, type, proto=0):
    """A socket of its own over a duplicate of descriptor fd (which stays open)."""
    return socket(family, type, proto, dup(fd))


def socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0):
    """Two sockets connected to each other."""
    if family not in (AF_UNIX, AF_INET, AF_INET6):
        raise ValueError("Only AF_INET, AF_INET6 and AF_UNIX are supported")
    if type != SOCK_STREAM:
        raise ValueError("Only SOCK_STREAM socket type is supported")
    with socket(family, type, proto) as listener:
        path = None
        if family == AF_UNIX:
            import tempfile
            path = os.path.join(tempfile.mkdtemp(), "pair")
            listener.bind(path)
        else:
            listener.bind(("127.0.0.1" if family == AF_INET else "::1", 0))
        try:
            listener.listen()
            first = socket(family, type, proto)
            try:
                first.connect(listener.getsockname() if path is None else path)
                second, _ = listener.accept()
            except BaseException:
                first.close()
                raise
        finally:
            if path is not None:
                os.unlink(path)
                os.rmdir(os.path.dirname(path))
    return first, second


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None, *, all_errors=False):
    """Connects to (host, port), trying each address the host resolves to; returns the socket."""
    host, port = address
    failures = []
    for family, kind, proto, _canon, target in getaddrinfo(host, port, 0, SOCK_STREAM):
        sock = None
        try:
            sock = socket(family, kind, proto)
            if _GLOBAL_DEFAULT_TIMEOUT is not timeout:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(target)
            failures.clear()
            return sock
        except error as exc:
            if not all_errors:
                failures.clear()
            failures.append(exc)
            if sock is not None:
                sock.close()
    if not failures:
        raise error("getaddrinfo returns an empty list")
    try:
        if all_errors:
            raise ExceptionGroup("create_connection failed", failures)
        raise failures[0]
    finally:
        failures = None


def has_dualstack_ipv6():
    """Whether an AF_INET6 socket can accept IPv4 connections too."""
    return has_ipv6


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False, dualstack_ipv6=False):
    """A TCP socket bound to address and listening."""
    if reuse_port and "SO_REUSEPORT" not in globals():
        raise ValueError("SO_REUSEPORT not supported on this platform")
    if dualstack_ipv6:
        if not has_dualstack_ipv6():
            raise ValueError("dualstack_ipv6 not supported on this platform")
        if family != AF_INET6:
            raise ValueError("dualstack_ipv6 requires AF_INET6 family")
    sock = socket(family, SOCK_STREAM)
    options = [(SOL_SOCKET, SO_REUSEADDR, 1)]
    if reuse_port:
        options.append((SOL_SOCKET, SO_REUSEPORT, 1))
    if dualstack_ipv6 and family == AF_INET6:
        options.append((IPPROTO_IPV6, IPV6_V6ONLY, 0))
    try:
        for level, name, value in options:
            sock.setsockopt(level, name, value)
        try:
            sock.bind(address)
        except error as exc:
            raise error(exc.errno, "%s (while attempting to bind on address %r)" % (exc.strerror, address)) from None
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except error:
        sock.close()
        raise
