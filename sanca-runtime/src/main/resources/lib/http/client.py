"""An HTTP/1.1 client: HTTPConnection sends requests over one connection and reads each
response as an HTTPResponse, a binary file of the body with the status and headers."""

import email.message
import email.parser
import io
import re
import socket
from http import HTTPStatus
import urllib.parse

# No HTTPSConnection: this interpreter has no ssl module.
__all__ = """HTTPResponse HTTPConnection HTTPException NotConnected UnknownProtocol
UnknownTransferEncoding UnimplementedFileMode IncompleteRead InvalidURL
ImproperConnectionState CannotSendRequest CannotSendHeader ResponseNotReady
BadStatusLine LineTooLong RemoteDisconnected error responses""".split()

HTTP_PORT = 80
HTTPS_PORT = 443

_UNKNOWN = "UNKNOWN"

# connection states
_CS_IDLE = "Idle"
_CS_REQ_STARTED = "Request-started"
_CS_REQ_SENT = "Request-sent"

globals().update(HTTPStatus.__members__)

responses = {status.value: status.phrase for status in HTTPStatus}

_MAXLINE = 65536
_MAXHEADERS = 100

# RFC 9110: a header name is a token; a value has no control characters but tab
_is_legal_header_name = re.compile(rb"[^:\s][^:\r\n]*").fullmatch
_is_illegal_header_value = re.compile(rb"\n(?![ \t])|\r(?![ \t\n])").search
_contains_disallowed_url_pchar_re = re.compile("[\x00-\x20\x7f]")
_contains_disallowed_method_pchar_re = re.compile("[\x00-\x1f]")

_VERSIONS = {"HTTP/1.0": 10, "HTTP/0.9": 10}

_METHODS_EXPECTING_BODY = {"PATCH", "POST", "PUT"}


class HTTPException(Exception):
    """Base of the module's exceptions."""


class NotConnected(HTTPException):
    """send() on a closed connection that does not open itself (auto_open false)."""


class InvalidURL(HTTPException):
    """A host, port or URL path that cannot be sent."""


class UnknownProtocol(HTTPException):
    def __init__(self, version):
        self.args = (version,)
        self.version = version


class UnknownTransferEncoding(HTTPException):
    """A Transfer-Encoding this client does not decode."""


class UnimplementedFileMode(HTTPException):
    """A file mode responses do not support."""


class IncompleteRead(HTTPException):
    """The body ended early: partial holds what came, expected how much more was due."""

    def __init__(self, partial, expected=None):
        self.args = (partial,)
        self.partial = partial
        self.expected = expected

    def __repr__(self):
        more = "" if self.expected is None else ", %i more expected" % self.expected
        return "%s(%i bytes read%s)" % (type(self).__name__, len(self.partial), more)

    __str__ = object.__str__


class ImproperConnectionState(HTTPException):
    """A call out of turn for the state the connection is in."""


class CannotSendRequest(ImproperConnectionState):
    """putrequest() while the previous request is not finished."""


class CannotSendHeader(ImproperConnectionState):
    """putheader() or endheaders() outside a request being built."""


class ResponseNotReady(ImproperConnectionState):
    """getresponse() with no request sent, or before the last response was read."""


class BadStatusLine(HTTPException):
    """The server's first line is not an HTTP status line."""

    def __init__(self, line):
        if not line:
            line = repr(line)
        self.args = (line,)
        self.line = line


class LineTooLong(HTTPException):
    def __init__(self, line_type):
        HTTPException.__init__(self, "got more than %d bytes when reading %s" % (_MAXLINE, line_type))


class RemoteDisconnected(ConnectionResetError, BadStatusLine):
    """The server closed the connection before any response."""

    def __init__(self, *args, **kwargs):
        BadStatusLine.__init__(self, "")
        ConnectionResetError.__init__(self, *args, **kwargs)


error = HTTPException


class HTTPMessage(email.message.Message):
    """The headers of a request or response."""

    def getallmatchingheaders(self, name):
        """The raw header lines of name (with their continuation lines)."""
        prefix = name.lower() + ":"
        found = []
        matching = False
        for line in self.keys():
            if line[:len(prefix)].lower() == prefix:
                matching = True
            elif not line[:1].isspace():
                matching = False
            if matching:
                found.append(line)
        return found


def _line(fp, what):
    """One line of at most _MAXLINE bytes; LineTooLong (naming what) for a longer one."""
    line = fp.readline(_MAXLINE + 1)
    if len(line) > _MAXLINE:
        raise LineTooLong(what)
    return line


def _is_blank(line):
    return line in (b"\r\n", b"\n", b"")


def _read_header_lines(fp):
    lines = []
    while True:
        lines.append(_line(fp, "header line"))
        if len(lines) > _MAXHEADERS:
            raise HTTPException(f"got more than {_MAXHEADERS} headers")
        if _is_blank(lines[-1]):
            return lines


def _ascii_or_idna(name):
    try:
        return name.encode("ascii")
    except UnicodeEncodeError:
        return name.encode("idna")


def parse_headers(fp, _class=HTTPMessage):
    """Reads header lines from binary file fp up to a blank line; returns them as _class."""
    text = b"".join(_read_header_lines(fp)).decode("iso-8859-1")
    return email.parser.Parser(_class=_class).parsestr(text)


class HTTPResponse(io.BufferedIOBase):
    """A response: status, reason, version and headers, then the body to read."""

    def __init__(self, sock, debuglevel=0, method=None, url=None):
        self.fp = sock.makefile("rb")
        self.debuglevel = debuglevel
        self._method = method
        self.headers = self.msg = None
        self.version = _UNKNOWN
        self.status = _UNKNOWN
        self.reason = _UNKNOWN
        self.chunked = _UNKNOWN
        self.chunk_left = _UNKNOWN
        self.length = _UNKNOWN
        self.will_close = _UNKNOWN

    def _read_status(self):
        line = _line(self.fp, "status line").decode("iso-8859-1")
        if not line:
            raise RemoteDisconnected("Remote end closed connection without response")
        parts = line.split(None, 2)
        if len(parts) < 2:
            raise BadStatusLine(line)
        version, status = parts[0], parts[1]
        reason = parts[2] if len(parts) > 2 else ""
        if not version.startswith("HTTP/"):
            self._close_conn()
            raise BadStatusLine(line)
        if len(status) != 3 or not status.isdigit():
            raise BadStatusLine(line)
        code = int(status)
        if code < 100 or code > 999:
            raise BadStatusLine(line)
        return version, code, reason

    def begin(self):
        """Reads the status line and headers (skipping 100 Continue responses)."""
        if self.headers is not None:
            return
        while True:
            version, status, reason = self._read_status()
            if status != CONTINUE:
                break
            _read_header_lines(self.fp)
        self.status = self.code = status
        self.reason = reason.strip()
        self.version = _VERSIONS.get(version, 11 if version[:7] == "HTTP/1." else None)
        if self.version is None:
            raise UnknownProtocol(version)
        self.msg = self.headers = parse_headers(self.fp)
        encoding = self.headers.get("transfer-encoding")
        self.chunked = encoding is not None and encoding.lower() == "chunked"
        self.chunk_left = None
        self.will_close = self._will_close()
        self.length = None
        length = self.headers["content-length"]
        if length is not None and not self.chunked:
            try:
                self.length = int(length)
            except ValueError:
                self.length = None
            else:
                if self.length < 0:
                    self.length = None
        if (status in (NO_CONTENT, NOT_MODIFIED) or 100 <= status < 200 or self._method == "HEAD"):
            self.length = 0
        if not self.will_close and not self.chunked and self.length is None:
            self.will_close = True

    def _will_close(self):
        connection = self.headers.get("connection")
        if self.version == 11:
            return connection is not None and "close" in connection.lower()
        if self.headers["keep-alive"]:
            return False
        if connection and "keep-alive" in connection.lower():
            return False
        proxy = self.headers.get("proxy-connection")
        return not (proxy and "keep-alive" in proxy.lower())

    def _close_conn(self):
        fp = self.fp
        self.fp = None
        fp.close()

    def close(self):
        try:
            super().close()
        finally:
            if self.fp:
                self._close_conn()

    def flush(self):
        super().flush()
        if self.fp:
            self.fp.flush()

    def readable(self):
        return True

    def isclosed(self):
        """Whether the body has been read to its end (or the response closed)."""
        return self.fp is None

    def read(self, amt=None):
        """Reads the body: all of it, or at most amt bytes."""
        if self.fp is None:
            return b""
        if self._method == "HEAD":
            self._close_conn()
            return b""
        if self.chunked:
            return self._read_chunks(amt)
        if amt is not None and amt >= 0:
            if self.length is not None:
                amt = min(amt, self.length)
            data = self.fp.read(amt)
            if not data and amt:
                self._close_conn()
            elif self.length is not None:
                self.length -= len(data)
                if not self.length:
                    self._close_conn()
            return data
        if self.length is None:
            data = self.fp.read()
        else:
            data = self._read_exactly(self.length)
            self.length = 0
        self._close_conn()
        return data

    def _read_exactly(self, amt):
        data = self.fp.read(amt)
        if len(data) < amt:
            raise IncompleteRead(data, amt - len(data))
        return data

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def _next_chunk_size(self):
        size = _line(self.fp, "chunk size").split(b";", 1)[0]
        try:
            return int(size, 16)
        except ValueError:
            self._close_conn()
            raise

    def _skip_trailers(self):
        while not _is_blank(_line(self.fp, "trailer line")):
            pass

    def _chunk_left(self):
        left = self.chunk_left
        if not left:
            if left is not None:
                self._read_exactly(2)
            try:
                left = self._next_chunk_size()
            except ValueError:
                raise IncompleteRead(b"") from None
            if left == 0:
                self._skip_trailers()
                self._close_conn()
                left = None
            self.chunk_left = left
        return left

    def _read_chunks(self, amt=None):
        parts = []
        try:
            while amt is None or amt > 0:
                left = self._chunk_left()
                if left is None:
                    break
                take = left if amt is None else min(left, amt)
                parts.append(self._read_exactly(take))
                self.chunk_left = left - take
                if amt is not None:
                    amt -= take
            return b"".join(parts)
        except IncompleteRead as exc:
            raise IncompleteRead(b"".join(parts)) from exc

    def read1(self, n=-1):
        return self.read(None if n is None or n < 0 else n)

    def peek(self, n=-1):
        if self._nothing_to_read():
            return b""
        return self.fp.peek(n)

    def _nothing_to_read(self):
        return self.fp is None or self._method == "HEAD"

    def readline(self, limit=-1):
        if self._nothing_to_read():
            return b""
        if self.chunked:
            return super().readline(limit)
        if self.length is not None:
            limit = self.length if limit < 0 else min(limit, self.length)
        line = self.fp.readline(limit)
        if not line and limit:
            self._close_conn()
        elif self.length is not None:
            self.length -= len(line)
            if not self.length:
                self._close_conn()
        return line

    def fileno(self):
        return self.fp.fileno()

    def getheader(self, name, default=None):
        """The value of header name (several values joined with ', '), or default."""
        if self.headers is None:
            raise ResponseNotReady()
        values = self.headers.get_all(name) or default
        if isinstance(values, str) or not hasattr(values, "__iter__"):
            return values
        return ", ".join(values)

    def getheaders(self):
        """The headers as a list of (name, value) pairs."""
        if self.headers is None:
            raise ResponseNotReady()
        return self.headers.items()

    def __iter__(self):
        return self

    def info(self):
        return self.headers

    def geturl(self):
        return self.url

    def getcode(self):
        return self.status


class HTTPConnection:
    """One connection to an HTTP server, opened on the first request."""

    _http_vsn = 11
    _http_vsn_str = "HTTP/1.1"
    response_class = HTTPResponse
    default_port = HTTP_PORT
    auto_open = 1
    debuglevel = 0

    @staticmethod
    def _is_textIO(stream):
        return isinstance(stream, io.TextIOBase)

    @staticmethod
    def _get_content_length(body, method):
        if body is None:
            return 0 if method.upper() in _METHODS_EXPECTING_BODY else None
        if hasattr(body, "read"):
            return None
        try:
            return memoryview(body).nbytes
        except TypeError:
            pass
        if isinstance(body, str):
            return len(body)
        return None

    def __init__(self, host, port=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT,
                 source_address=None, blocksize=8192):
        self.timeout = timeout
        self.source_address = source_address
        self.blocksize = blocksize
        self.sock = None
        self._buffer = []
        self._pending_response = None
        self._conn_state = _CS_IDLE
        self._method = None
        self._tunnel_host = None
        self._tunnel_port = None
        self._tunnel_headers = {}
        self.host, self.port = self._split_host_port(host, port)
        self._validate_host(self.host)
        self._create_connection = socket.create_connection

    def set_tunnel(self, host, port=None, headers=None):
        """Connects through the proxy this connection names to host:port with CONNECT."""
        if self.sock:
            raise RuntimeError("Can't set up tunnel for established connection")
        self._tunnel_host, self._tunnel_port = self._split_host_port(host, port)
        self._tunnel_headers = dict(headers) if headers else {}

    def _split_host_port(self, host, port):
        if port is None:
            colon = host.rfind(":")
            bracket = host.rfind("]")
            if colon > bracket:
                digits = host[colon + 1:]
                if digits:
                    try:
                        port = int(digits)
                    except ValueError:
                        raise InvalidURL("nonnumeric port: '%s'" % digits) from None
                else:
                    port = self.default_port
                host = host[:colon]
            else:
                port = self.default_port
        if host and host[0] == "[" and host[-1] == "]":
            host = host[1:-1]
        return host, port

    def set_debuglevel(self, level):
        self.debuglevel = level

    def _tunnel(self):
        lines = ["CONNECT %s:%d %s\r\n" % (self._tunnel_host, self._tunnel_port, self._http_vsn_str)]
        for name, value in self._tunnel_headers.items():
            lines.append("%s: %s\r\n" % (name, value))
        lines.append("\r\n")
        self.send("".join(lines).encode("latin-1"))
        response = self._new_response()
        try:
            version, code, message = response._read_status()
            if code != HTTPStatus.OK:
                self.close()
                raise OSError("Tunnel connection failed: %d %s" % (code, message.strip()))
            _read_header_lines(response.fp)
        finally:
            response.close()

    def connect(self):
        """Opens the connection to the host and port given at construction."""
        self.sock = self._create_connection((self.host, self.port), self.timeout, self.source_address)
        try:
            self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, True)
        except OSError:
            pass
        if self._tunnel_host:
            self._tunnel()

    def _new_response(self):
        return self.response_class(self.sock, method=self._method)

    def close(self):
        """Closes the connection (a response being read keeps its own)."""
        self._conn_state = _CS_IDLE
        try:
            sock = self.sock
            if sock:
                self.sock = None
                sock.close()
        finally:
            response = self._pending_response
            if response:
                self._pending_response = None
                response.close()

    def send(self, data):
        """Sends bytes, a binary or text file, or an iterable of bytes."""
        if self.sock is None:
            if self.auto_open:
                self.connect()
            else:
                raise NotConnected()
        if hasattr(data, "read"):
            text = self._is_textIO(data)
            while True:
                block = data.read(self.blocksize)
                if not block:
                    break
                if text:
                    block = block.encode("iso-8859-1")
                self.sock.sendall(block)
            return
        try:
            self.sock.sendall(data)
        except TypeError:
            if isinstance(data, (str, bytes, bytearray)) or not hasattr(data, "__iter__"):
                raise TypeError("data should be a bytes-like object or an iterable, got %r" % type(data)) from None
            for block in data:
                self.sock.sendall(block)

    def _output(self, s):
        self._buffer.append(s)

    def _file_blocks(self, readable):
        text = self._is_textIO(readable)
        while True:
            block = readable.read(self.blocksize)
            if not block:
                break
            yield block.encode("iso-8859-1") if text else block

    def _flush_request(self, message_body=None, encode_chunked=False):
        head = b"".join(line + b"\r\n" for line in self._buffer) + b"\r\n"
        self._buffer.clear()
        self.send(head)
        chunked = encode_chunked and self._http_vsn == 11
        if message_body is None:
            return
        if hasattr(message_body, "read"):
            chunks = self._file_blocks(message_body)
        else:
            try:
                memoryview(message_body)
            except TypeError:
                try:
                    chunks = iter(message_body)
                except TypeError:
                    raise TypeError("message_body should be a bytes-like object or an iterable, got %r"
                                    % type(message_body)) from None
            else:
                chunks = (message_body,)
        for chunk in chunks:
            if not chunk:
                continue
            if chunked:
                chunk = b"%X\r\n%s\r\n" % (len(chunk), chunk)
            self.send(chunk)
        if chunked:
            self.send(b"0\r\n\r\n")

    def _forget_finished_response(self):
        done = self._pending_response
        if done is not None and done.isclosed():
            self._pending_response = None

    def putrequest(self, method, url, skip_host=False, skip_accept_encoding=False):
        """Starts a request: the request line and, unless skipped, Host and Accept-Encoding."""
        self._forget_finished_response()
        if self._conn_state != _CS_IDLE:
            raise CannotSendRequest(self._conn_state)
        self._conn_state = _CS_REQ_STARTED
        self._validate_method(method)
        self._method = method
        url = url or "/"
        self._validate_path(url)
        request = "%s %s %s" % (method, url, self._http_vsn_str)
        self._output(self._request_line_bytes(request))
        if self._http_vsn != 11:
            return
        if not skip_host:
            self.putheader("Host", self._host_header(url))
        if not skip_accept_encoding:
            self.putheader("Accept-Encoding", "identity")

    def _host_header(self, url):
        """The Host header: the URL's own authority when it is absolute, else host[:port]."""
        netloc = urllib.parse.urlsplit(url).netloc if url.startswith("http") else ""
        if netloc:
            return _ascii_or_idna(netloc)
        if self._tunnel_host:
            host, port = self._tunnel_host, self._tunnel_port
        else:
            host, port = self.host, self.port
        value = _ascii_or_idna(host)
        if ":" in host:
            value = b"[%s]" % value
        if port != self.default_port:
            value = b"%s:%d" % (value, port)
        return value

    def _request_line_bytes(self, request):
        return request.encode("ascii")

    @staticmethod
    def _refuse_controls(text, pattern, error, what):
        found = pattern.search(text)
        if found:
            raise error("%s can't contain control characters. %r (found at least %r)"
                        % (what, text, found.group()))

    def _validate_method(self, method):
        self._refuse_controls(method, _contains_disallowed_method_pchar_re, ValueError, "method")

    def _validate_path(self, url):
        self._refuse_controls(url, _contains_disallowed_url_pchar_re, InvalidURL, "URL")

    def _validate_host(self, host):
        self._refuse_controls(host, _contains_disallowed_url_pchar_re, InvalidURL, "URL")

    def _expect_state(self, wanted, error):
        if self._conn_state != wanted:
            raise error()

    def putheader(self, header, *values):
        """Adds a header line to the request being built."""
        self._expect_state(_CS_REQ_STARTED, CannotSendHeader)
        if hasattr(header, "encode"):
            header = header.encode("ascii")
        if not _is_legal_header_name(header):
            raise ValueError("Invalid header name %r" % (header,))
        encoded = []
        for value in values:
            if hasattr(value, "encode"):
                value = value.encode("latin-1")
            elif isinstance(value, int):
                value = str(value).encode("ascii")
            if _is_illegal_header_value(value):
                raise ValueError("Invalid header value %r" % (value,))
            encoded.append(value)
        self._output(header + b": " + b"\r\n\t".join(encoded))

    def endheaders(self, message_body=None, *, encode_chunked=False):
        """Ends the headers and sends the request, with message_body if given."""
        self._expect_state(_CS_REQ_STARTED, CannotSendHeader)
        self._conn_state = _CS_REQ_SENT
        self._flush_request(message_body, encode_chunked=encode_chunked)

    def request(self, method, url, body=None, headers={}, *, encode_chunked=False):
        """Sends a whole request: method, url, optional body and headers."""
        self._issue(method, url, body, headers, encode_chunked)

    def _issue(self, method, url, body, headers, encode_chunked):
        names = frozenset(k.lower() for k in headers)
        skips = {}
        if "host" in names:
            skips["skip_host"] = 1
        if "accept-encoding" in names:
            skips["skip_accept_encoding"] = 1
        self.putrequest(method, url, **skips)
        if "content-length" not in names:
            if "transfer-encoding" not in names:
                encode_chunked = False
                length = self._get_content_length(body, method)
                if length is None:
                    if body is not None:
                        encode_chunked = True
                        self.putheader("Transfer-Encoding", "chunked")
                else:
                    self.putheader("Content-Length", str(length))
        else:
            encode_chunked = False
        for name, value in headers.items():
            self.putheader(name, value)
        if isinstance(body, str):
            body = body.encode("iso-8859-1")
        self.endheaders(body, encode_chunked=encode_chunked)

    def getresponse(self):
        """The response to the request sent; read it before sending the next request."""
        self._forget_finished_response()
        if self._conn_state != _CS_REQ_SENT or self._pending_response:
            raise ResponseNotReady(self._conn_state)
        response = self._new_response()
        try:
            try:
                response.begin()
            except ConnectionError:
                self.close()
                raise
            self._conn_state = _CS_IDLE
            if response.will_close:
                self.close()
            else:
                self._pending_response = response
            return response
        except:
            response.close()
            raise
