"""Opening URLs: urlopen() and the machinery behind it, an OpenerDirector passing each
Request through a chain of handlers (one per scheme, plus processors for errors and
redirections)."""

import base64
import bisect
import contextlib
import email
import http.client
import io
import os
import re
import socket
import string
import sys
import tempfile
import urllib.parse as _parse
from urllib.error import ContentTooShortError, HTTPError, URLError
from urllib.response import addinfourl

__all__ = [
    "Request", "OpenerDirector", "BaseHandler", "HTTPDefaultErrorHandler",
    "HTTPRedirectHandler", "ProxyHandler", "HTTPHandler",
    "FileHandler", "DataHandler", "UnknownHandler", "HTTPErrorProcessor",
    "urlopen", "install_opener", "build_opener", "pathname2url", "url2pathname",
    "getproxies", "urlretrieve", "urlcleanup",
]

__version__ = "%d.%d" % sys.version_info[:2]

_opener = None


def urlopen(url, data=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT, *, cafile=None, capath=None,
            cadefault=False, context=None):
    """Opens url (a string or a Request) and returns the response, a file-like object with
    status, headers (info()), url (geturl()) and the body to read; usable in a with statement.

    HTTP errors raise HTTPError; failures to connect raise URLError.
    """
    global _opener
    if cafile or capath or cadefault or context is not None:
        raise ValueError("HTTPS needs the ssl module, which this interpreter lacks")
    if _opener is None:
        _opener = build_opener()
    return _opener.open(url, data, timeout)


def install_opener(opener):
    """Makes opener the one urlopen() uses."""
    global _opener
    _opener = opener


_url_tempfiles = []


def urlretrieve(url, filename=None, reporthook=None, data=None):
    """Copies the resource at url into filename (a new temporary file when None); returns
    (filename, headers). reporthook(blocks_done, block_size, total_size) follows progress."""
    scheme, path = _parse._splittype(url)
    block = 8192
    with contextlib.closing(urlopen(url, data)) as source:
        info = source.info()
        if scheme == "file" and not filename:
            return os.path.normpath(path), info
        total = int(info["Content-Length"]) if "content-length" in info else -1
        if filename:
            sink = open(filename, "wb")
        else:
            sink = tempfile.NamedTemporaryFile(delete=False)
            filename = sink.name
            _url_tempfiles.append(filename)
        copied = blocks = 0
        with sink:
            if reporthook:
                reporthook(0, block, total)
            while piece := source.read(block):
                sink.write(piece)
                copied += len(piece)
                blocks += 1
                if reporthook:
                    reporthook(blocks, block, total)
    if 0 <= total and copied < total:
        raise ContentTooShortError("retrieval incomplete: got only %i out of %i bytes" % (copied, total),
                                   (filename, info))
    return filename, info


def urlcleanup():
    """Removes the temporary files urlretrieve() made and forgets the installed opener."""
    global _opener
    for name in _url_tempfiles:
        try:
            os.unlink(name)
        except OSError:
            pass
    del _url_tempfiles[:]
    _opener = None


_port_suffix = re.compile(r":\d+$", re.ASCII)


def request_host(request):
    """The host of request's URL, lower-cased, without its port."""
    host = _parse.urlparse(request.full_url)[1] or request.get_header("Host", "")
    return _port_suffix.sub("", host, 1).lower()


class Request:
    """What to open: a URL, optional data to send (which makes it a POST), headers and method."""

    def __init__(self, url, data=None, headers={}, origin_req_host=None, unverifiable=False, method=None):
        self.full_url = url
        self.headers = {}
        self.unredirected_hdrs = {}
        self._data = None
        self.data = data
        self._tunnel_host = None
        for name in headers:
            self.add_header(name, headers[name])
        self.origin_req_host = request_host(self) if origin_req_host is None else origin_req_host
        self.unverifiable = unverifiable
        if method:
            self.method = method

    @property
    def full_url(self):
        if self.fragment:
            return "{}#{}".format(self._full_url, self.fragment)
        return self._full_url

    @full_url.setter
    def full_url(self, url):
        self._full_url, self.fragment = _parse._splittag(_parse.unwrap(url))
        self._parse()

    @full_url.deleter
    def full_url(self):
        self._full_url = None
        self.fragment = None
        self.selector = ""

    @property
    def data(self):
        return self._data

    @data.setter
    def data(self, data):
        if data is not self._data:
            self._data = data
            self.remove_header("Content-length")

    @data.deleter
    def data(self):
        self.data = None

    def _parse(self):
        scheme, rest = _parse._splittype(self._full_url)
        if scheme is None:
            raise ValueError("unknown url type: %r" % self.full_url)
        self.type = scheme
        self.host, self.selector = _parse._splithost(rest)
        if self.host:
            self.host = _parse.unquote(self.host)

    def get_method(self):
        """The method: the one given, else POST with data and GET without."""
        default = "POST" if self.data is not None else "GET"
        return getattr(self, "method", default)

    def get_full_url(self):
        return self.full_url

    def set_proxy(self, host, type):
        if self.type == "https" and not self._tunnel_host:
            self._tunnel_host = self.host
        else:
            self.type = type
            self.selector = self.full_url
        self.host = host

    def has_proxy(self):
        return self.full_url == self.selector

    # Header names are stored capitalized ("Content-type"), as given to add_header.
    def add_header(self, key, val):
        """Adds a header sent with this request and any it is redirected to."""
        self.headers[str.capitalize(key)] = val

    def add_unredirected_header(self, key, val):
        """Adds a header sent with this request only."""
        self.unredirected_hdrs[str.capitalize(key)] = val

    def has_header(self, header_name):
        return any(header_name in table for table in (self.headers, self.unredirected_hdrs))

    def get_header(self, header_name, default=None):
        for table in (self.headers, self.unredirected_hdrs):
            if header_name in table:
                return table[header_name]
        return default

    def remove_header(self, header_name):
        for table in (self.headers, self.unredirected_hdrs):
            table.pop(header_name, None)

    def header_items(self):
        merged = {**self.unredirected_hdrs, **self.headers}
        return list(merged.items())


class OpenerDirector:
    """Opens requests by calling its handlers' <scheme>_request, <scheme>_open and
    <scheme>_response methods in handler order, and their http_error_<code> on errors."""

    def __init__(self):
        self.addheaders = [("User-agent", "Python-urllib/%s" % __version__)]
        self.handlers = []
        self.handle_open = {}
        self.handle_error = {}
        self.process_response = {}
        self.process_request = {}

    # handler method names: <scheme>_open, <scheme>_request, <scheme>_response,
    # <scheme>_error_<code> (http_error_404, http_error_default) and <scheme>_error
    _HANDLER_METHOD = re.compile(r"([^_]+)_(open|request|response|error(?:_(.+))?)\Z")
    _NOT_HOOKS = frozenset(("redirect_request", "do_open", "proxy_open"))

    def _table_for(self, scheme, role, code):
        if role == "open":
            return self.handle_open, scheme
        if role == "request":
            return self.process_request, scheme
        if role == "response":
            return self.process_response, scheme
        if code is None:
            return self.handle_error, scheme
        return self.handle_error.setdefault(scheme, {}), int(code) if code.isdigit() else code

    def add_handler(self, handler):
        """Adds handler to the chains its methods' names place it in."""
        if not hasattr(handler, "add_parent"):
            raise TypeError("expected BaseHandler instance, got %r" % type(handler))
        placed = False
        for name in dir(handler):
            found = None if name in self._NOT_HOOKS else self._HANDLER_METHOD.match(name)
            if found is None:
                continue
            scheme, role, code = found.group(1), found.group(2), found.group(3)
            table, key = self._table_for(scheme, role.split("_")[0], code)
            chain = table.setdefault(key, [])
            if handler not in chain:
                bisect.insort(chain, handler)
            placed = True
        if placed:
            bisect.insort(self.handlers, handler)
            handler.add_parent(self)

    def close(self):
        pass

    def _call_chain(self, chain, kind, meth_name, *args):
        for handler in chain.get(kind, ()):
            outcome = getattr(handler, meth_name)(*args)
            if outcome is not None:
                return outcome
        return None

    def open(self, fullurl, data=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT):
        """Opens fullurl (a string or a Request), sending data if given."""
        request = Request(fullurl, data) if isinstance(fullurl, str) else fullurl
        if data is not None and request is fullurl:
            request.data = data
        request.timeout = timeout
        scheme = request.type
        for hook in self.process_request.get(scheme, ()):
            request = getattr(hook, scheme + "_request")(request)
        sys.audit("urllib.Request", request.full_url, request.data, request.headers, request.get_method())
        response = self._open(request, data)
        for hook in self.process_response.get(scheme, ()):
            response = getattr(hook, scheme + "_response")(request, response)
        return response

    def _open(self, req, data=None):
        for kind, method in (("default", "default_open"), (req.type, req.type + "_open"),
                             ("unknown", "unknown_open")):
            response = self._call_chain(self.handle_open, kind, method, req)
            if response:
                return response
        return None

    def error(self, proto, *args):
        """Passes an error response to the http_error_<code> handlers, then the default one."""
        if proto in ("http", "https"):
            table = self.handle_error["http"]
            code = args[2]
            result = self._call_chain(table, code, "http_error_%s" % code, *args)
            if result:
                return result
            return self._call_chain(table, "default", "http_error_default", *args)
        table = self.handle_error
        return self._call_chain(table, proto, proto + "_error", *args)


def build_opener(*handlers):
    """An OpenerDirector with the default handlers, replaced or extended by those given
    (handler classes or instances)."""
    defaults = [ProxyHandler, UnknownHandler, HTTPHandler, HTTPDefaultErrorHandler,
                HTTPRedirectHandler, FileHandler, HTTPErrorProcessor, DataHandler]
    opener = OpenerDirector()
    replaced = set()
    for default in defaults:
        for given in handlers:
            if isinstance(given, type) and issubclass(given, default) or \
                    not isinstance(given, type) and isinstance(given, default):
                replaced.add(default)
    for default in defaults:
        if default not in replaced:
            opener.add_handler(default())
    for given in handlers:
        opener.add_handler(given() if isinstance(given, type) else given)
    return opener


class BaseHandler:
    """A handler of an OpenerDirector; handler_order places it in the chains (lower first)."""

    handler_order = 500

    def add_parent(self, parent):
        self.parent = parent

    def close(self):
        pass

    def __lt__(self, other):
        if not hasattr(other, "handler_order"):
            return True
        return self.handler_order < other.handler_order


class HTTPErrorProcessor(BaseHandler):
    """Turns a response whose status is not 2xx into an error for the error handlers."""

    handler_order = 1000

    def http_response(self, request, response):
        code, msg, hdrs = response.code, response.msg, response.info()
        if not (200 <= code < 300):
            response = self.parent.error("http", request, response, code, msg, hdrs)
        return response

    https_response = http_response


class HTTPDefaultErrorHandler(BaseHandler):
    """Raises HTTPError for an error status no other handler took."""

    def http_error_default(self, req, fp, code, msg, hdrs):
        raise HTTPError(req.full_url, code, msg, hdrs, fp)


class HTTPRedirectHandler(BaseHandler):
    """Follows redirections (301, 302, 303, 307, 308), at most max_redirections in all and
    max_repeats to one URL."""

    max_repeats = 4
    max_redirections = 10

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        """The Request to follow a redirection with, or None; raises HTTPError when it must not be followed."""
        method = req.get_method()
        if not (code in (301, 302, 303, 307, 308) and method in ("GET", "HEAD")
                or code in (301, 302, 303) and method == "POST"):
            raise HTTPError(req.full_url, code, msg, headers, fp)
        newurl = newurl.replace(" ", "%20")
        dropped = ("content-length", "content-type")
        kept = {k: v for k, v in req.headers.items() if k.lower() not in dropped}
        return Request(newurl, method="HEAD" if method == "HEAD" else "GET", headers=kept,
                       origin_req_host=req.origin_req_host, unverifiable=True)

    def http_error_302(self, req, fp, code, msg, headers):
        target = headers["location"] or headers["uri"]
        if target is None:
            return None
        pieces = _parse.urlparse(target)
        if pieces.scheme not in ("http", "https", "ftp", ""):
            raise HTTPError(target, code, "%s - Redirection to url '%s' is not allowed" % (msg, target), headers, fp)
        if pieces.netloc and not pieces.path:
            pieces = pieces._replace(path="/")
        target = _parse.quote(_parse.urlunparse(pieces), encoding="iso-8859-1", safe=string.punctuation)
        target = _parse.urljoin(req.full_url, target)
        follow = self.redirect_request(req, fp, code, msg, headers, target)
        if follow is None:
            return None
        seen = getattr(req, "redirect_dict", None)
        if seen is None:
            seen = req.redirect_dict = {}
        elif seen.get(target, 0) >= self.max_repeats or len(seen) >= self.max_redirections:
            raise HTTPError(req.full_url, code, self.inf_msg + msg, headers, fp)
        follow.redirect_dict = seen
        seen[target] = seen.get(target, 0) + 1
        fp.read()
        fp.close()
        return self.parent.open(follow, timeout=req.timeout)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302

    inf_msg = "The HTTP server returned a redirect error that would lead to an infinite loop.\n" \
              "The last 30x error message was:\n"


def _parse_proxy(proxy):
    """A proxy setting as (scheme or None, user, password, 'host:port')."""
    scheme, rest = _parse._splittype(proxy)
    if rest.startswith("//"):
        authority = rest[2:].split("/", 1)[0]
    elif rest.startswith("/"):
        raise ValueError("proxy URL with no authority: %r" % proxy)
    else:
        scheme, authority = None, proxy
    credentials, where = _parse._splituser(authority)
    if credentials is None:
        return scheme, None, None, where
    return (scheme, *_parse._splitpasswd(credentials), where)


class ProxyHandler(BaseHandler):
    """Sends requests through the proxies given (scheme -> URL), by default those of the
    environment (http_proxy...)."""

    handler_order = 100

    def __init__(self, proxies=None):
        proxies = getproxies() if proxies is None else proxies
        if not hasattr(proxies, "keys"):
            raise TypeError("proxies must be a mapping")
        self.proxies = proxies
        for scheme in proxies:
            self._route(scheme, proxies[scheme])

    def _route(self, scheme, proxy):
        def opener(request):
            return self.proxy_open(request, proxy, scheme)
        setattr(self, scheme.lower() + "_open", opener)

    def proxy_open(self, req, proxy, type):
        asked = req.type
        via, user, password, where = _parse_proxy(proxy)
        via = via or asked
        if req.host and proxy_bypass(req.host):
            return None
        if user and password:
            token = base64.b64encode(("%s:%s" % (_parse.unquote(user), _parse.unquote(password))).encode())
            req.add_header("Proxy-authorization", "Basic " + token.decode("ascii"))
        req.set_proxy(_parse.unquote(where), via)
        if asked in (via, "https"):
            return None
        return self.parent.open(req, timeout=req.timeout)


def getproxies_environment():
    """The proxies the environment names: <scheme>_proxy variables, the lower-case name
    deciding when both cases are set (an empty one removes the scheme)."""
    found = {}
    names = sorted(os.environ, key=lambda n: n[-6:] == "_proxy")
    for name in names:
        if name[-6:].lower() != "_proxy":
            continue
        value = os.environ[name]
        scheme = name[:-6].lower()
        if value:
            found[scheme] = value
        elif name[-6:] == "_proxy":
            found.pop(scheme, None)
    if "REQUEST_METHOD" in os.environ and "http_proxy" not in os.environ:
        found.pop("http", None)
    return found


def proxy_bypass_environment(host, proxies=None):
    """Whether host matches the no_proxy list (a '*' matching every host)."""
    exempt = (getproxies_environment() if proxies is None else proxies).get("no", "")
    if exempt == "*":
        return True
    full = host.lower()
    bare = _parse._splitport(full)[0]
    for entry in exempt.split(","):
        entry = entry.strip().lstrip(".").lower()
        if entry and any(h == entry or h.endswith("." + entry) for h in (bare, full)):
            return True
    return False


getproxies = getproxies_environment


def proxy_bypass(host):
    return proxy_bypass_environment(host)


class AbstractHTTPHandler(BaseHandler):
    """Sends a Request over an http.client connection and returns its response."""

    def __init__(self, debuglevel=None):
        self._debuglevel = debuglevel if debuglevel is not None else http.client.HTTPConnection.debuglevel

    def set_http_debuglevel(self, level):
        self._debuglevel = level

    def _get_content_length(self, request):
        return http.client.HTTPConnection._get_content_length(request.data, request.get_method())

    def do_request_(self, request):
        """Adds the headers a request needs: Host, Content-type and -length for data, the opener's."""
        host = request.host
        if not host:
            raise URLError("no host given")
        if request.data is not None:
            if isinstance(request.data, str):
                raise TypeError("POST data should be bytes, an iterable of bytes, or a file object. "
                                "It cannot be of type str.")
            if not request.has_header("Content-type"):
                request.add_unredirected_header("Content-type", "application/x-www-form-urlencoded")
            if not request.has_header("Content-length") and not request.has_header("Transfer-encoding"):
                length = self._get_content_length(request)
                if length is not None:
                    request.add_unredirected_header("Content-length", str(length))
                else:
                    request.add_unredirected_header("Transfer-encoding", "chunked")
        sel_host = host
        if request.has_proxy():
            sel_host = _parse._splithost(_parse._splittype(request.selector)[1])[0]
        if not request.has_header("Host"):
            request.add_unredirected_header("Host", sel_host)
        for name, value in self.parent.addheaders:
            name = name.capitalize()
            if not request.has_header(name):
                request.add_unredirected_header(name, value)
        return request

    def do_open(self, http_class, req, **http_conn_args):
        """Opens the connection, sends req and returns the response (its msg the reason)."""
        host = req.host
        if not host:
            raise URLError("no host given")
        conn = http_class(host, timeout=req.timeout, **http_conn_args)
        conn.set_debuglevel(self._debuglevel)
        headers = dict(req.unredirected_hdrs)
        headers.update({k: v for k, v in req.headers.items() if k not in headers})
        headers["Connection"] = "close"
        headers = {name.title(): value for name, value in headers.items()}
        if req._tunnel_host:
            tunnel_headers = {}
            if "Proxy-Authorization" in headers:
                tunnel_headers["Proxy-Authorization"] = headers.pop("Proxy-Authorization")
            conn.set_tunnel(req._tunnel_host, headers=tunnel_headers)
        try:
            try:
                conn.request(req.get_method(), req.selector, req.data, headers,
                             encode_chunked=req.has_header("Transfer-encoding"))
            except OSError as err:
                raise URLError(err)
            response = conn.getresponse()
        except:
            conn.close()
            raise
        if conn.sock:
            conn.sock.close()
            conn.sock = None
        response.url = req.get_full_url()
        response.msg = response.reason
        return response


class HTTPHandler(AbstractHTTPHandler):
    def http_open(self, req):
        return self.do_open(http.client.HTTPConnection, req)

    http_request = AbstractHTTPHandler.do_request_


def parse_keqv_list(l):
    """['a=1', 'b="2"'] -> {'a': '1', 'b': '2'}."""
    parsed = {}
    for item in l:
        key, value = item.split("=", 1)
        if value[:1] == '"' and value[-1:] == '"':
            value = value[1:-1]
        parsed[key] = value
    return parsed


def parse_http_list(s):
    """Splits a comma-separated header value, keeping quoted commas."""
    items = []
    current = ""
    quoted = escaped = False
    for ch in s:
        if escaped:
            current += ch
            escaped = False
        elif quoted and ch == "\\":
            escaped = True
        elif ch == '"':
            quoted = not quoted
            current += ch
        elif ch == "," and not quoted:
            items.append(current)
            current = ""
        else:
            current += ch
    if current:
        items.append(current)
    return [item.strip() for item in items]


class FileHandler(BaseHandler):
    """Opens file: URLs of this host."""

    names = None

    def file_open(self, req):
        url = req.selector
        if url[:2] == "//" and url[2:3] != "/" and req.host and req.host != "localhost":
            if req.host not in self.get_names():
                raise URLError("file:// scheme is supported only on localhost")
        return self.open_local_file(req)

    def get_names(self):
        if FileHandler.names is None:
            try:
                FileHandler.names = tuple(socket.gethostbyname_ex("localhost")[2] +
                                          socket.gethostbyname_ex(socket.gethostname())[2])
            except socket.gaierror:
                FileHandler.names = (socket.gethostbyname("localhost"),)
        return FileHandler.names

    def open_local_file(self, req):
        import email.utils
        import mimetypes
        host = req.host
        filename = req.selector
        localfile = url2pathname(filename)
        try:
            stats = os.stat(localfile)
            size = stats.st_size
            modified = email.utils.formatdate(stats.st_mtime, usegmt=True)
            mtype = mimetypes.guess_type(filename)[0]
            headers = email.message_from_string(
                "Content-type: %s\nContent-length: %d\nLast-modified: %s\n"
                % (mtype or "text/plain", size, modified))
            if host:
                host, port = _parse._splitport(host)
            if not host or not port and _safe_gethostbyname(host) in self.get_names():
                origurl = "file://" + host + filename if host else "file://" + filename
                return addinfourl(open(localfile, "rb"), headers, origurl)
        except OSError as exp:
            raise URLError(exp, exp.filename)
        raise URLError("file not on local host")


def _safe_gethostbyname(host):
    try:
        return socket.gethostbyname(host)
    except socket.gaierror:
        return None


class DataHandler(BaseHandler):
    """Opens data: URLs (RFC 2397)."""

    def data_open(self, req):
        url = req.full_url
        scheme, data = url.split(":", 1)
        mediatype, data = data.split(",", 1)
        data = _parse.unquote_to_bytes(data)
        if mediatype.endswith(";base64"):
            data = base64.decodebytes(data)
            mediatype = mediatype[:-7]
        if not mediatype:
            mediatype = "text/plain;charset=US-ASCII"
        headers = email.message_from_string("Content-type: %s\nContent-length: %d\n" % (mediatype, len(data)))
        return addinfourl(io.BytesIO(data), headers, url)


class UnknownHandler(BaseHandler):
    def unknown_open(self, req):
        raise URLError("unknown url type: %s" % req.type)


def url2pathname(pathname):
    """A file: URL's path as a local path."""
    return _parse.unquote(pathname)


def pathname2url(pathname):
    """A local path as the path of a file: URL."""
    return _parse.quote(pathname)
