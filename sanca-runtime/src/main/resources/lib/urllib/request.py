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
from urllib.error import URLError, HTTPError, ContentTooShortError
from urllib.parse import (
    urlparse, urlsplit, urljoin, unwrap, quote, unquote,
    _splittype, _splithost, _splitport, _splituser, _splitpasswd,
    _splittag, unquote_to_bytes, urlunparse)
from urllib.response import addinfourl

__all__ = [
    "Request", "OpenerDirector", "BaseHandler", "HTTPDefaultErrorHandler",
    "HTTPRedirectHandler", "ProxyHandler", "HTTPPasswordMgr",
    "HTTPPasswordMgrWithDefaultRealm", "AbstractBasicAuthHandler",
    "HTTPBasicAuthHandler", "ProxyBasicAuthHandler", "HTTPHandler",
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
    opener = _opener
    if opener is None:
        _opener = opener = build_opener()
    return opener.open(url, data, timeout)


def install_opener(opener):
    """Makes opener the one urlopen() uses."""
    global _opener
    _opener = opener


_url_tempfiles = []


def urlretrieve(url, filename=None, reporthook=None, data=None):
    """Copies the resource at url to filename (a temporary file if None); returns (filename, headers)."""
    scheme, path = _splittype(url)
    with contextlib.closing(urlopen(url, data)) as source:
        headers = source.info()
        if scheme == "file" and not filename:
            return os.path.normpath(path), headers
        if filename:
            target = open(filename, "wb")
        else:
            target = tempfile.NamedTemporaryFile(delete=False)
            filename = target.name
            _url_tempfiles.append(filename)
        with target:
            result = filename, headers
            blocksize = 1024 * 8
            size = -1
            got = 0
            blocks = 0
            if "content-length" in headers:
                size = int(headers["Content-Length"])
            if reporthook:
                reporthook(blocks, blocksize, size)
            while True:
                block = source.read(blocksize)
                if not block:
                    break
                got += len(block)
                target.write(block)
                blocks += 1
                if reporthook:
                    reporthook(blocks, blocksize, size)
    if size >= 0 and got < size:
        raise ContentTooShortError("retrieval incomplete: got only %i out of %i bytes" % (got, size), result)
    return result


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
    host = urlparse(request.full_url)[1] or request.get_header("Host", "")
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
        for key, value in headers.items():
            self.add_header(key, value)
        if origin_req_host is None:
            origin_req_host = request_host(self)
        self.origin_req_host = origin_req_host
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
        self._full_url = unwrap(url)
        self._full_url, self.fragment = _splittag(self._full_url)
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
            if self.has_header("Content-length"):
                self.remove_header("Content-length")

    @data.deleter
    def data(self):
        self.data = None

    def _parse(self):
        self.type, rest = _splittype(self._full_url)
        if self.type is None:
            raise ValueError("unknown url type: %r" % self.full_url)
        self.host, self.selector = _splithost(rest)
        if self.host:
            self.host = unquote(self.host)

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
        return self.selector == self.full_url

    def add_header(self, key, val):
        self.headers[key.capitalize()] = val

    def add_unredirected_header(self, key, val):
        self.unredirected_hdrs[key.capitalize()] = val

    def has_header(self, header_name):
        return header_name in self.headers or header_name in self.unredirected_hdrs

    def get_header(self, header_name, default=None):
        return self.headers.get(header_name, self.unredirected_hdrs.get(header_name, default))

    def remove_header(self, header_name):
        self.headers.pop(header_name, None)
        self.unredirected_hdrs.pop(header_name, None)

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

    def add_handler(self, handler):
        if not hasattr(handler, "add_parent"):
            raise TypeError("expected BaseHandler instance, got %r" % type(handler))
        added = False
        for name in dir(handler):
            if name in ("redirect_request", "do_open", "proxy_open"):
                continue
            protocol, _, condition = name.partition("_")
            if not condition:
                continue
            if condition.startswith("error"):
                rest = name[name.index("_") + 1:]
                kind = rest[len("error_"):] if rest.startswith("error_") else rest
                if kind.isdigit():
                    kind = int(kind)
                table = self.handle_error.setdefault(protocol, {})
            elif condition == "open":
                kind, table = protocol, self.handle_open
            elif condition == "response":
                kind, table = protocol, self.process_response
            elif condition == "request":
                kind, table = protocol, self.process_request
            else:
                continue
            handlers = table.setdefault(kind, [])
            if handler not in handlers:
                bisect.insort(handlers, handler)
            added = True
        if added:
            bisect.insort(self.handlers, handler)
            handler.add_parent(self)

    def close(self):
        pass

    def _call_chain(self, chain, kind, meth_name, *args):
        for handler in chain.get(kind, ()):
            result = getattr(handler, meth_name)(*args)
            if result is not None:
                return result
        return None

    def open(self, fullurl, data=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT):
        """Opens fullurl (a string or a Request), sending data if given."""
        if isinstance(fullurl, str):
            req = Request(fullurl, data)
        else:
            req = fullurl
            if data is not None:
                req.data = data
        req.timeout = timeout
        protocol = req.type
        for processor in self.process_request.get(protocol, []):
            req = getattr(processor, protocol + "_request")(req)
        sys.audit("urllib.Request", req.full_url, req.data, req.headers, req.get_method())
        response = self._open(req, data)
        for processor in self.process_response.get(protocol, []):
            response = getattr(processor, protocol + "_response")(req, response)
        return response

    def _open(self, req, data=None):
        result = self._call_chain(self.handle_open, "default", "default_open", req)
        if result:
            return result
        protocol = req.type
        result = self._call_chain(self.handle_open, protocol, protocol + "_open", req)
        if result:
            return result
        return self._call_chain(self.handle_open, "unknown", "unknown_open", req)

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
        if "location" in headers:
            newurl = headers["location"]
        elif "uri" in headers:
            newurl = headers["uri"]
        else:
            return None
        parts = urlparse(newurl)
        if parts.scheme not in ("http", "https", "ftp", ""):
            raise HTTPError(newurl, code, "%s - Redirection to url '%s' is not allowed" % (msg, newurl), headers, fp)
        if not parts.path and parts.netloc:
            parts = list(parts)
            parts[2] = "/"
        newurl = urlunparse(parts)
        newurl = quote(newurl, encoding="iso-8859-1", safe=string.punctuation)
        newurl = urljoin(req.full_url, newurl)
        new = self.redirect_request(req, fp, code, msg, headers, newurl)
        if new is None:
            return None
        if hasattr(req, "redirect_dict"):
            visited = new.redirect_dict = req.redirect_dict
            if visited.get(newurl, 0) >= self.max_repeats or len(visited) >= self.max_redirections:
                raise HTTPError(req.full_url, code, self.inf_msg + msg, headers, fp)
        else:
            visited = new.redirect_dict = req.redirect_dict = {}
        visited[newurl] = visited.get(newurl, 0) + 1
        fp.read()
        fp.close()
        return self.parent.open(new, timeout=req.timeout)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302

    inf_msg = "The HTTP server returned a redirect error that would lead to an infinite loop.\n" \
              "The last 30x error message was:\n"


def _parse_proxy(proxy):
    """'scheme://user:password@host:port' -> (scheme, user, password, 'host:port')."""
    scheme, rest = _splittype(proxy)
    if not rest.startswith("/"):
        scheme = None
        authority = proxy
    else:
        if not rest.startswith("//"):
            raise ValueError("proxy URL with no authority: %r" % proxy)
        end = rest.find("/", 2)
        if end == -1:
            end = None
        authority = rest[2:end]
    userinfo, hostport = _splituser(authority)
    user = password = None
    if userinfo is not None:
        user, password = _splitpasswd(userinfo)
    return scheme, user, password, hostport


class ProxyHandler(BaseHandler):
    """Sends requests through the proxies given (scheme -> URL), by default those of the
    environment (http_proxy...)."""

    handler_order = 100

    def __init__(self, proxies=None):
        if proxies is None:
            proxies = getproxies()
        if not hasattr(proxies, "keys"):
            raise TypeError("proxies must be a mapping")
        self.proxies = proxies
        for scheme, url in proxies.items():
            setattr(self, "%s_open" % scheme.lower(),
                    lambda r, proxy=url, type=scheme, meth=self.proxy_open: meth(r, proxy, type))

    def proxy_open(self, req, proxy, type):
        original = req.type
        proxy_type, user, password, hostport = _parse_proxy(proxy)
        if proxy_type is None:
            proxy_type = original
        if req.host and proxy_bypass(req.host):
            return None
        if user and password:
            credentials = "%s:%s" % (unquote(user), unquote(password))
            req.add_header("Proxy-authorization", "Basic " + base64.b64encode(credentials.encode()).decode("ascii"))
        hostport = unquote(hostport)
        req.set_proxy(hostport, proxy_type)
        if original == proxy_type or original == "https":
            return None
        return self.parent.open(req, timeout=req.timeout)


def getproxies_environment():
    """The proxies the environment names: <scheme>_proxy variables (lower case wins)."""
    proxies = {}
    for name, value in os.environ.items():
        if value and name[-6:].lower() == "_proxy":
            proxies[name[:-6].lower()] = value
    if "REQUEST_METHOD" in os.environ:
        proxies.pop("http", None)
    for name, value in os.environ.items():
        if name[-6:] == "_proxy":
            scheme = name[:-6].lower()
            if value:
                proxies[scheme] = value
            else:
                proxies.pop(scheme, None)
    return proxies


def proxy_bypass_environment(host, proxies=None):
    """Whether host is in no_proxy (or '*' is)."""
    if proxies is None:
        proxies = getproxies_environment()
    no_proxy = proxies.get("no", "")
    if no_proxy == "*":
        return True
    host = host.lower()
    hostonly, port = _splitport(host)
    for name in (n.strip() for n in no_proxy.split(",")):
        if not name:
            continue
        name = name.lstrip(".").lower()
        if hostonly == name or host == name:
            return True
        if hostonly.endswith("." + name) or host.endswith("." + name):
            return True
    return False


getproxies = getproxies_environment


def proxy_bypass(host):
    return proxy_bypass_environment(host)


class HTTPPasswordMgr:
    """Passwords by realm and URI."""

    def __init__(self):
        self.passwd = {}

    def add_password(self, realm, uri, user, passwd):
        uris = [uri] if isinstance(uri, str) else list(uri)
        entry = self.passwd.setdefault(realm, {})
        for default_port in (True, False):
            key = tuple(self.reduce_uri(u, default_port) for u in uris)
            entry[key] = (user, passwd)

    def find_user_password(self, realm, authuri):
        entries = self.passwd.get(realm, {})
        for default_port in (True, False):
            wanted = self.reduce_uri(authuri, default_port)
            for uris, credentials in entries.items():
                if any(self.is_suburi(uri, wanted) for uri in uris):
                    return credentials
        return None, None

    def reduce_uri(self, uri, default_port=True):
        parts = urlsplit(uri)
        if parts[1]:
            scheme, authority, path = parts[0], parts[1], parts[2] or "/"
        else:
            scheme, authority, path = None, uri, "/"
        host, port = _splitport(authority)
        if default_port and port is None and scheme is not None:
            known = {"http": 80, "https": 443}.get(scheme)
            if known is not None:
                authority = "%s:%d" % (host, known)
        return authority, path

    def is_suburi(self, base, test):
        if base == test:
            return True
        if base[0] != test[0]:
            return False
        prefix = base[1]
        if prefix[-1:] != "/":
            prefix += "/"
        return test[1].startswith(prefix)


class HTTPPasswordMgrWithDefaultRealm(HTTPPasswordMgr):
    """Falls back to the passwords added for realm None."""

    def find_user_password(self, realm, authuri):
        user, password = HTTPPasswordMgr.find_user_password(self, realm, authuri)
        if user is not None:
            return user, password
        return HTTPPasswordMgr.find_user_password(self, None, authuri)


class AbstractBasicAuthHandler:
    """Answers a 401/407 Basic challenge with the password manager's credentials."""

    rx = re.compile(r'(?:^|,)[ \t]*([^ \t,]+)[ \t]+realm=(["\']?)([^"\']*)\2', re.I)

    def __init__(self, password_mgr=None):
        self.passwd = password_mgr if password_mgr is not None else HTTPPasswordMgr()
        self.add_password = self.passwd.add_password

    def http_error_auth_reqed(self, authreq, host, req, headers):
        for challenge in headers.get_all(authreq) or []:
            for scheme, quote_char, realm in self.rx.findall(challenge):
                if scheme.lower() == "basic":
                    response = self.retry_http_basic_auth(host, req, realm)
                    if response and response.code != 401:
                        return response
        return None

    def retry_http_basic_auth(self, host, req, realm):
        user, password = self.passwd.find_user_password(realm, host)
        if password is None:
            return None
        raw = "%s:%s" % (user, password)
        auth = "Basic " + base64.b64encode(raw.encode()).decode("ascii")
        if req.get_header(self.auth_header, None) == auth:
            return None
        req.add_unredirected_header(self.auth_header, auth)
        return self.parent.open(req, timeout=req.timeout)


class HTTPBasicAuthHandler(AbstractBasicAuthHandler, BaseHandler):
    auth_header = "Authorization"

    def http_error_401(self, req, fp, code, msg, headers):
        return self.http_error_auth_reqed("www-authenticate", req.full_url, req, headers)


class ProxyBasicAuthHandler(AbstractBasicAuthHandler, BaseHandler):
    auth_header = "Proxy-authorization"

    def http_error_407(self, req, fp, code, msg, headers):
        return self.http_error_auth_reqed("proxy-authenticate", req.host, req, headers)


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
            sel_host = _splithost(_splittype(request.selector)[1])[0]
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
                host, port = _splitport(host)
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
        data = unquote_to_bytes(data)
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
    return unquote(pathname)


def pathname2url(pathname):
    """A local path as the path of a file: URL."""
    return quote(pathname)
