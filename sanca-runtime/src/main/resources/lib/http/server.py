"""HTTP servers: HTTPServer and ThreadingHTTPServer accept connections; a request handler
class (BaseHTTPRequestHandler, whose subclasses define do_GET, do_POST...) reads each request
and writes the response. SimpleHTTPRequestHandler serves the files of a directory."""

__version__ = "0.6"

__all__ = ["HTTPServer", "ThreadingHTTPServer", "BaseHTTPRequestHandler",
           "SimpleHTTPRequestHandler"]

import email.utils
import html
import http.client
import io
import os
import posixpath
import shutil
import socket
import socketserver
import sys
import time
import urllib.parse
from http import HTTPStatus

DEFAULT_ERROR_MESSAGE = "\n".join([
    '<!DOCTYPE HTML>',
    '<html lang="en">',
    '    <head>',
    '        <meta charset="utf-8">',
    '        <title>Error response</title>',
    '    </head>',
    '    <body>',
    '        <h1>Error response</h1>',
    '        <p>Error code: %(code)d</p>',
    '        <p>Message: %(message)s.</p>',
    '        <p>Error code explanation: %(code)s - %(explain)s.</p>',
    '    </body>',
    '</html>',
    ''])

DEFAULT_ERROR_CONTENT_TYPE = "text/html;charset=utf-8"

_MAX_REQUEST_LINE = 65536


class HTTPServer(socketserver.TCPServer):
    """A TCP server that records its host's name and its port once bound."""

    allow_reuse_address = 1

    def server_bind(self):
        """Binds, then records server_name (the host's full name) and server_port."""
        super().server_bind()
        self.server_name = socket.getfqdn(self.server_address[0])
        self.server_port = self.server_address[1]


class ThreadingHTTPServer(socketserver.ThreadingMixIn, HTTPServer):
    """An HTTPServer handling each connection in a daemon thread."""

    daemon_threads = True


# Control characters a client could put in a request line, shown escaped in the log.
_LOG_ESCAPES = {c: r"\x%02x" % c for c in [*range(0x20), *range(0x7f, 0xa0)]}
_LOG_ESCAPES[ord("\\")] = r"\\"


class BaseHTTPRequestHandler(socketserver.StreamRequestHandler):
    """Reads HTTP requests from a connection and calls do_<COMMAND>() for each.

    Attributes of a request being handled: command, path, request_version, headers,
    rfile (the body to read) and wfile (where the response goes, after send_response(),
    send_header() and end_headers()).
    """

    sys_version = "Python/%d.%d.%d" % sys.version_info[:3]
    server_version = f"BaseHTTP/{__version__}"
    error_message_format = DEFAULT_ERROR_MESSAGE
    error_content_type = DEFAULT_ERROR_CONTENT_TYPE
    default_request_version = "HTTP/0.9"
    protocol_version = "HTTP/1.0"
    MessageClass = http.client.HTTPMessage
    responses = {status: (status.phrase, status.description) for status in HTTPStatus.__members__.values()}

    weekdayname = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    monthname = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                 "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    def _version_of(self, text):
        """The (major, minor) of 'HTTP/x.y', or None (after answering 400) when malformed."""
        try:
            if not text.startswith("HTTP/"):
                raise ValueError
            numbers = text.split("/", 1)[1].split(".")
            if len(numbers) != 2 or not all(n.isdigit() and len(n) <= 10 for n in numbers):
                raise ValueError
            return int(numbers[0]), int(numbers[1])
        except (ValueError, IndexError):
            self.send_error(400, "Bad request version (%r)" % text)
            return None

    def parse_request(self):
        """Parses self.raw_requestline and the headers; False (an error sent) when malformed."""
        self.command = None
        self.request_version = self.default_request_version
        self.close_connection = True
        line = str(self.raw_requestline, "iso-8859-1").rstrip("\r\n")
        self.requestline = line
        words = line.split()
        if not words:
            return False
        if len(words) >= 3:
            version = words[-1]
            number = self._version_of(version)
            if number is None:
                return False
            if number >= (1, 1) and self.protocol_version >= "HTTP/1.1":
                self.close_connection = False
            if number >= (2, 0):
                self.send_error(505,
                                "Invalid HTTP version (%s)" % version.split("/", 1)[1])
                return False
            self.request_version = version
        if len(words) > 3:
            self.send_error(400, "Bad request syntax (%r)" % line)
            return False
        if len(words) == 1:
            self.send_error(400, "Bad request syntax (%r)" % line)
            return False
        command, path = words[0], words[1]
        if len(words) == 2:
            self.close_connection = True
            if command != "GET":
                self.send_error(400, "Bad HTTP/0.9 request type (%r)" % command)
                return False
        self.command = command
        self.path = "/" + path.lstrip("/") if path.startswith("//") else path
        try:
            self.headers = http.client.parse_headers(self.rfile, _class=self.MessageClass)
        except http.client.LineTooLong as err:
            self.send_error(431, "Line too long", str(err))
            return False
        except http.client.HTTPException as err:
            self.send_error(431, "Too many headers", str(err))
            return False
        connection = self.headers.get("Connection", "").lower()
        if connection == "close":
            self.close_connection = True
        elif connection == "keep-alive" and self.protocol_version >= "HTTP/1.1":
            self.close_connection = False
        expect = self.headers.get("Expect", "").lower()
        if (expect == "100-continue" and self.protocol_version >= "HTTP/1.1"
                and self.request_version >= "HTTP/1.1"):
            if not self.handle_expect_100():
                return False
        return True

    def handle_expect_100(self):
        """Answers 'Expect: 100-continue' with 100 Continue; False would refuse the request."""
        self.send_response_only(100)
        self.end_headers()
        return True

    def handle_one_request(self):
        """Reads one request and calls its do_ method."""
        try:
            self.raw_requestline = self.rfile.readline(_MAX_REQUEST_LINE + 1)
            if len(self.raw_requestline) > _MAX_REQUEST_LINE:
                self.requestline = ""
                self.request_version = ""
                self.command = ""
                self.send_error(414)
                return
            if not self.raw_requestline:
                self.close_connection = True
                return
            if not self.parse_request():
                return
            method = getattr(self, "do_" + self.command, None)
            if method is None:
                self.send_error(501, "Unsupported method (%r)" % self.command)
                return
            method()
            self.wfile.flush()
        except TimeoutError as err:
            self.log_error("Request timed out: %r", err)
            self.close_connection = True

    def handle(self):
        """Handles requests until the connection is to be closed."""
        self.close_connection = True
        self.handle_one_request()
        while not self.close_connection:
            self.handle_one_request()

    def send_error(self, code, message=None, explain=None):
        """Sends an error response (with an HTML body for codes that carry one) and logs it."""
        short, long = self.responses.get(code, ("???", "???"))
        message = short if message is None else message
        explain = long if explain is None else explain
        self.log_error("code %d, message %s", code, message)
        self.send_response(code, message)
        self.send_header("Connection", "close")
        body = None
        if code >= 200 and code not in (204, 205, 304):
            page = self.error_message_format % {
                "code": code,
                "message": html.escape(message, quote=False),
                "explain": html.escape(explain, quote=False),
            }
            body = page.encode("UTF-8", "replace")
            self.send_header("Content-Type", self.error_content_type)
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD" and body:
            self.wfile.write(body)

    def send_response(self, code, message=None):
        """Logs the request and starts the response: status line, Server and Date headers."""
        self.log_request(code)
        self.send_response_only(code, message)
        self.send_header("Server", self.version_string())
        self.send_header("Date", self.date_time_string())

    def send_response_only(self, code, message=None):
        """Buffers the status line alone."""
        if self.request_version == "HTTP/0.9":
            return
        if message is None:
            message = self.responses[code][0] if code in self.responses else ""
        self._pending_headers().append(("%s %d %s\r\n" % (self.protocol_version, code, message)).encode("latin-1", "strict"))

    def _pending_headers(self):
        if not hasattr(self, "_headers_buffer"):
            self._headers_buffer = []
        return self._headers_buffer

    def send_header(self, keyword, value):
        """Buffers a header line; Connection: close/keep-alive also decides whether to go on."""
        if self.request_version != "HTTP/0.9":
            self._pending_headers().append(("%s: %s\r\n" % (keyword, value)).encode("latin-1", "strict"))
        if keyword.lower() == "connection":
            if value.lower() == "close":
                self.close_connection = True
            elif value.lower() == "keep-alive":
                self.close_connection = False

    def end_headers(self):
        """Ends the headers and sends them."""
        if self.request_version != "HTTP/0.9":
            self._pending_headers().append(b"\r\n")
            self.flush_headers()

    def flush_headers(self):
        if hasattr(self, "_headers_buffer"):
            self.wfile.write(b"".join(self._headers_buffer))
            self._headers_buffer = []

    def log_request(self, code="-", size="-"):
        """Logs an accepted request with its status code."""
        if isinstance(code, HTTPStatus):
            code = code.value
        self.log_message('"%s" %s %s', self.requestline, str(code), str(size))

    def log_error(self, format, *args):
        """Logs an error; the same as log_message() unless overridden."""
        return self.log_message(format, *args)

    def log_message(self, format, *args):
        """Writes 'address - - [date] message' to stderr."""
        text = (format % args).translate(_LOG_ESCAPES)
        sys.stderr.write("%s - - [%s] %s\n" % (self.address_string(), self.log_date_time_string(), text))

    def version_string(self):
        return self.server_version + " " + self.sys_version

    def date_time_string(self, timestamp=None):
        """A time (now by default) as an HTTP date header value."""
        if timestamp is None:
            timestamp = time.time()
        return email.utils.formatdate(timestamp, usegmt=True)

    def log_date_time_string(self):
        """The local time now, as the log writes it."""
        t = time.localtime(time.time())
        return "%02d/%3s/%04d %02d:%02d:%02d" % (t.tm_mday, self.monthname[t.tm_mon], t.tm_year,
                                                 t.tm_hour, t.tm_min, t.tm_sec)

    def address_string(self):
        return self.client_address[0]


class SimpleHTTPRequestHandler(BaseHTTPRequestHandler):
    """Serves GET and HEAD requests from the files under a directory (the current one by
    default): a file's bytes with a guessed Content-type, or a listing of a directory."""

    server_version = f"SimpleHTTP/{__version__}"
    index_pages = ("index.html", "index.htm")
    extensions_map = {
        ".gz": "application/gzip",
        ".Z": "application/octet-stream",
        ".bz2": "application/x-bzip2",
        ".xz": "application/x-xz",
    }

    def __init__(self, *args, directory=None, **kwargs):
        self.directory = os.fspath(os.getcwd() if directory is None else directory)
        super().__init__(*args, **kwargs)

    def do_GET(self):
        """Sends the headers and then the file (or listing) the path names."""
        source = self.send_head()
        if source:
            try:
                self.copyfile(source, self.wfile)
            finally:
                source.close()

    def do_HEAD(self):
        """Sends the headers do_GET() would send, without the body."""
        source = self.send_head()
        if source:
            source.close()

    def send_head(self):
        """Sends the status and headers; returns the file to send (None if nothing follows)."""
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            parts = urllib.parse.urlsplit(self.path)
            if not parts.path.endswith("/"):
                self.send_response(301)
                target = (parts[0], parts[1], parts[2] + "/", parts[3], parts[4])
                self.send_header("Location", urllib.parse.urlunsplit(target))
                self.send_header("Content-Length", "0")
                self.end_headers()
                return None
            for page in self.index_pages:
                candidate = os.path.join(path, page)
                if os.path.isfile(candidate):
                    path = candidate
                    break
            else:
                return self.list_directory(path)
        ctype = self.guess_type(path)
        if path.endswith("/"):
            self._no_file()
            return None
        try:
            source = open(path, "rb")
        except OSError:
            self._no_file()
            return None
        try:
            info = os.fstat(source.fileno())
            if self._not_modified_since(info.st_mtime):
                self.send_response(304)
                self.end_headers()
                source.close()
                return None
            self.send_response(200)
            self.send_header("Content-type", ctype)
            self.send_header("Content-Length", str(info[6]))
            self.send_header("Last-Modified", self.date_time_string(info.st_mtime))
            self.end_headers()
            return source
        except:
            source.close()
            raise

    def _not_modified_since(self, mtime):
        if "If-Modified-Since" not in self.headers or "If-None-Match" in self.headers:
            return False
        try:
            since = email.utils.parsedate_to_datetime(self.headers["If-Modified-Since"])
        except (TypeError, IndexError, OverflowError, ValueError):
            return False
        if since.tzinfo is None:
            import datetime
            since = since.replace(tzinfo=datetime.timezone.utc)
        return int(mtime) <= since.timestamp()

    def _no_file(self):
        self.send_error(404, "File not found")

    def list_directory(self, path):
        """Sends an HTML page listing directory path; returns it as a file (None on error)."""
        try:
            names = os.listdir(path)
        except OSError:
            self.send_error(404, "No permission to list directory")
            return None
        names.sort(key=lambda a: a.lower())
        try:
            shown = urllib.parse.unquote(self.path, errors="surrogatepass")
        except UnicodeDecodeError:
            shown = urllib.parse.unquote(self.path)
        shown = html.escape(shown, quote=False)
        encoding = sys.getfilesystemencoding()
        title = f"Directory listing for {shown}"
        lines = ["<!DOCTYPE HTML>", '<html lang="en">', "<head>",
                 f'<meta charset="{encoding}">', f"<title>{title}</title>\n</head>",
                 f"<body>\n<h1>{title}</h1>", "<hr>\n<ul>"]
        for name in names:
            full = os.path.join(path, name)
            label = link = name
            if os.path.isdir(full):
                label = link = name + "/"
            if os.path.islink(full):
                label = name + "@"
            lines.append('<li><a href="%s">%s</a></li>' % (
                urllib.parse.quote(link, errors="surrogatepass"), html.escape(label, quote=False)))
        lines.append("</ul>\n<hr>\n</body>\n</html>\n")
        page = "\n".join(lines).encode(encoding, "surrogateescape")
        self.send_response(200)
        self.send_header("Content-type", "text/html; charset=%s" % encoding)
        self.send_header("Content-Length", str(len(page)))
        self.end_headers()
        return io.BytesIO(page)

    def translate_path(self, path):
        """The file under self.directory a URL path names (query and fragment dropped)."""
        path = path.split("?", 1)[0].split("#", 1)[0]
        trailing = path.rstrip().endswith("/")
        try:
            path = urllib.parse.unquote(path, errors="surrogatepass")
        except UnicodeDecodeError:
            path = urllib.parse.unquote(path)
        result = self.directory
        for word in posixpath.normpath(path).split("/"):
            if not word or os.path.dirname(word) or word in (os.curdir, os.pardir):
                continue
            result = os.path.join(result, word)
        return result + "/" if trailing else result

    def copyfile(self, source, outputfile):
        """Copies file object source to outputfile (both binary), block by block."""
        shutil.copyfileobj(source, outputfile)

    def guess_type(self, path):
        """The Content-type of a file by its extension (application/octet-stream if unknown)."""
        ext = posixpath.splitext(path)[1]
        for key in (ext, ext.lower()):
            if key in self.extensions_map:
                return self.extensions_map[key]
        import mimetypes
        return mimetypes.guess_type(path)[0] or "application/octet-stream"
