"""Splitting, joining and quoting URLs (CPython's Lib/urllib/parse.py behaviour, after
RFC 3986 and the WHATWG URL standard's stripping rules)."""

import re
from collections import namedtuple

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag",
           "urlsplit", "urlunsplit", "urlencode", "parse_qs",
           "parse_qsl", "quote", "quote_plus", "quote_from_bytes",
           "unquote", "unquote_plus", "unquote_to_bytes",
           "DefragResult", "ParseResult", "SplitResult",
           "DefragResultBytes", "ParseResultBytes", "SplitResultBytes"]

# Which schemes allow relative references, a //netloc part and ;params.
uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap', 'wais', 'file', 'https',
                 'shttp', 'mms', 'prospero', 'rtsp', 'rtsps', 'rtspu', 'sftp', 'svn',
                 'svn+ssh', 'ws', 'wss']
uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet', 'imap', 'wais', 'file', 'mms',
               'https', 'shttp', 'snews', 'prospero', 'rtsp', 'rtsps', 'rtspu', 'rsync',
               'svn', 'svn+ssh', 'sftp', 'nfs', 'git', 'git+ssh', 'ws', 'wss',
               'itms-services']
uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap', 'https', 'shttp', 'rtsp',
               'rtsps', 'rtspu', 'sip', 'sips', 'mms', 'sftp', 'tel']
non_hierarchical = ['gopher', 'hdl', 'mailto', 'news', 'telnet', 'wais', 'imap', 'snews',
                    'sip', 'sips']
uses_query = ['', 'http', 'wais', 'imap', 'https', 'shttp', 'mms', 'gopher', 'rtsp',
              'rtsps', 'rtspu', 'sip', 'sips']
uses_fragment = ['', 'ftp', 'hdl', 'http', 'gopher', 'news', 'nntp', 'wais', 'https',
                 'shttp', 'snews', 'file', 'prospero']

scheme_chars = ('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.')

# The WHATWG URL standard strips C0 controls and spaces around a URL and drops tabs and
# newlines anywhere in it.
_C0_AND_SPACE = ''.join(map(chr, range(0x21)))
_DROPPED = ('\t', '\r', '\n')


def clear_cache():
    """Kept for compatibility: this implementation has no caches."""


# -- str/bytes coercion ------------------------------------------------------------------

def _as_is(value):
    return value


def _decode_args(args, encoding='ascii', errors='strict'):
    return tuple(x.decode(encoding, errors) if x else '' for x in args)


def _coerce_args(*args):
    """Returns the arguments as str and a function turning a str result back into the
    caller's type: bytes in, bytes out; mixing the two is an error."""
    text = isinstance(args[0], str)
    for arg in args[1:]:
        if arg and isinstance(arg, str) != text:
            raise TypeError("Cannot mix str and non-str arguments")
    if text:
        return args + (_as_is,)
    return _decode_args(args) + (_encode_result,)


def _encode_result(value, encoding='ascii', errors='strict'):
    return value.encode(encoding, errors)


# -- result types -------------------------------------------------------------------------

class _ResultMixinStr:
    __slots__ = ()

    def encode(self, encoding='ascii', errors='strict'):
        return self._encoded_counterpart(*(x.encode(encoding, errors) for x in self))


class _ResultMixinBytes:
    __slots__ = ()

    def decode(self, encoding='ascii', errors='strict'):
        return self._decoded_counterpart(*(x.decode(encoding, errors) for x in self))


class _NetlocResultMixinBase:
    """username, password, hostname and port, read from the netloc on demand."""
    __slots__ = ()

    @property
    def username(self):
        return self._userinfo[0]

    @property
    def password(self):
        return self._userinfo[1]

    @property
    def hostname(self):
        host = self._hostinfo[0]
        if not host:
            return None
        # A zone id after % keeps its case; the address before it is lowered.
        address, mark, zone = host.partition('%' if isinstance(host, str) else b'%')
        return address.lower() + mark + zone

    @property
    def port(self):
        text = self._hostinfo[1]
        if text is None:
            return None
        if not (text.isdigit() and text.isascii()):
            raise ValueError(f"Port could not be cast to integer value as {text!r}")
        number = int(text)
        if not 0 <= number <= 65535:
            raise ValueError("Port out of range 0-65535")
        return number

    @property
    def _userinfo(self):
        at, colon = ('@', ':') if isinstance(self.netloc, str) else (b'@', b':')
        userinfo, found, _ = self.netloc.rpartition(at)
        if not found:
            return None, None
        user, has_password, password = userinfo.partition(colon)
        return user, (password if has_password else None)

    @property
    def _hostinfo(self):
        netloc = self.netloc
        if isinstance(netloc, str):
            at, colon, open_br, close_br = '@', ':', '[', ']'
        else:
            at, colon, open_br, close_br = b'@', b':', b'[', b']'
        hostinfo = netloc.rpartition(at)[2]
        before, bracket, inside = hostinfo.partition(open_br)
        if bracket:
            host, _, rest = inside.partition(close_br)
            port = rest.partition(colon)[2]
        else:
            host, _, port = hostinfo.partition(colon)
        return host, (port or None)

    @classmethod
    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def _result_type(name, fields, mixins, make_url):
    base = namedtuple(name, fields)
    namespace = {'__slots__': (), 'geturl': lambda self: make_url(self)}
    cls = type(name, (base,) + mixins, namespace)
    cls.__module__ = __name__
    return cls


def _defrag_url(result):
    if result.fragment:
        return result.url + result.fragment[:0] + ('#' if isinstance(result.url, str)
                                                   else b'#') + result.fragment
    return result.url


_NETLOC = (_NetlocResultMixinBase,)
DefragResult = _result_type('DefragResult', 'url fragment', (_ResultMixinStr,), _defrag_url)
SplitResult = _result_type('SplitResult', 'scheme netloc path query fragment',
                           _NETLOC + (_ResultMixinStr,), lambda r: urlunsplit(r))
ParseResult = _result_type('ParseResult', 'scheme netloc path params query fragment',
                           _NETLOC + (_ResultMixinStr,), lambda r: urlunparse(r))
DefragResultBytes = _result_type('DefragResultBytes', 'url fragment', (_ResultMixinBytes,),
                                 _defrag_url)
SplitResultBytes = _result_type('SplitResultBytes', 'scheme netloc path query fragment',
                                _NETLOC + (_ResultMixinBytes,), lambda r: urlunsplit(r))
ParseResultBytes = _result_type('ParseResultBytes',
                                'scheme netloc path params query fragment',
                                _NETLOC + (_ResultMixinBytes,), lambda r: urlunparse(r))
for _text, _raw in ((DefragResult, DefragResultBytes), (SplitResult, SplitResultBytes),
                    (ParseResult, ParseResultBytes)):
    _text._encoded_counterpart = _raw
    _raw._decoded_counterpart = _text
del _text, _raw


# -- splitting and joining ------------------------------------------------------------------

def _netloc_end(url, start):
    ends = [at for at in (url.find(c, start) for c in '/?#') if at >= 0]
    return min(ends) if ends else len(url)


def _check_bracketed_host(host):
    if host.startswith('v'):
        if not re.match(r"\Av[a-fA-F0-9]+\..+\Z", host):
            raise ValueError("IPvFuture address is invalid")
        return
    import ipaddress
    if isinstance(ipaddress.ip_address(host), ipaddress.IPv4Address):
        raise ValueError("An IPv4 address cannot be in brackets")


def _check_netloc(netloc):
    if not netloc or netloc.isascii():
        return
    import unicodedata
    bare = netloc
    for c in '@:#?':
        bare = bare.replace(c, '')
    normal = unicodedata.normalize('NFKC', bare)
    if normal != bare and any(c in normal for c in '/?#@:'):
        raise ValueError("netloc '" + netloc + "' contains invalid "
                         "characters under NFKC normalization")


def _split_scheme(url):
    colon = url.find(':')
    if colon > 0 and url[0].isascii() and url[0].isalpha():
        if all(c in scheme_chars for c in url[:colon]):
            return url[:colon].lower(), url[colon + 1:]
    return None, url


def urlsplit(url, scheme='', allow_fragments=True):
    url, scheme, back = _coerce_args(url, scheme)
    url = url.lstrip(_C0_AND_SPACE)
    scheme = scheme.strip(_C0_AND_SPACE)
    for c in _DROPPED:
        url = url.replace(c, '')
        scheme = scheme.replace(c, '')
    found, url = _split_scheme(url)
    if found is not None:
        scheme = found
    netloc = query = fragment = ''
    if url[:2] == '//':
        end = _netloc_end(url, 2)
        netloc, url = url[2:end], url[end:]
        if ('[' in netloc) != (']' in netloc):
            raise ValueError("Invalid IPv6 URL")
        if '[' in netloc:
            _check_bracketed_host(netloc.partition('[')[2].partition(']')[0])
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    _check_netloc(netloc)
    return _typed(SplitResult(scheme, netloc, url, query, fragment), back)


def _typed(result, back):
    if back is _as_is:
        return result
    return result._encoded_counterpart(*(back(part) for part in result))


def _split_params(path):
    start = path.rfind('/') if '/' in path else 0
    semi = path.find(';', start)
    if semi < 0:
        return path, ''
    return path[:semi], path[semi + 1:]


def urlparse(url, scheme='', allow_fragments=True):
    url, scheme, back = _coerce_args(url, scheme)
    scheme, netloc, path, query, fragment = urlsplit(url, scheme, allow_fragments)
    params = ''
    if scheme in uses_params and ';' in path:
        path, params = _split_params(path)
    return _typed(ParseResult(scheme, netloc, path, params, query, fragment), back)


def urlunsplit(components):
    scheme, netloc, url, query, fragment, back = _coerce_args(*components)
    if netloc:
        if url and url[:1] != '/':
            url = '/' + url
        url = '//' + netloc + url
    elif url[:2] == '//':
        url = '//' + url
    elif scheme and scheme in uses_netloc and (not url or url[:1] == '/'):
        url = '//' + url
    if scheme:
        url = scheme + ':' + url
    if query:
        url += '?' + query
    if fragment:
        url += '#' + fragment
    return back(url)


def urlunparse(components):
    scheme, netloc, url, params, query, fragment, back = _coerce_args(*components)
    if params:
        url = "%s;%s" % (url, params)
    return back(urlunsplit((scheme, netloc, url, query, fragment)))


def _remove_dot_segments(segments):
    out = []
    for segment in segments:
        if segment == '..':
            if out:
                out.pop()
        elif segment != '.':
            out.append(segment)
    if segments[-1] in ('.', '..'):
        out.append('')
    return out


def urljoin(base, url, allow_fragments=True):
    if not base:
        return url
    if not url:
        return base
    base, url, back = _coerce_args(base, url)
    bscheme, bnetloc, bpath, bparams, bquery, bfragment = urlparse(base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, bscheme, allow_fragments)
    if scheme != bscheme or scheme not in uses_relative:
        return back(url)
    if scheme in uses_netloc:
        if netloc:
            return back(urlunparse((scheme, netloc, path, params, query, fragment)))
        netloc = bnetloc
    if not path and not params:
        return back(urlunparse((scheme, netloc, bpath, bparams, query or bquery, fragment)))
    if path[:1] == '/':
        segments = path.split('/')
    else:
        directory = bpath.split('/')
        if directory[-1] != '':
            directory.pop()
        segments = directory + path.split('/')
        # Empty inner segments would double the slashes when joined back.
        segments[1:-1] = [s for s in segments[1:-1] if s]
    joined = '/'.join(_remove_dot_segments(segments)) or '/'
    return back(urlunparse((scheme, netloc, joined, params, query, fragment)))


def urldefrag(url):
    url, back = _coerce_args(url)
    if '#' in url:
        scheme, netloc, path, params, query, fragment = urlparse(url)
        url = urlunparse((scheme, netloc, path, params, query, ''))
    else:
        fragment = ''
    return _typed(DefragResult(url, fragment), back)


def unwrap(url):
    url = str(url).strip()
    if url[:1] == '<' and url[-1:] == '>':
        url = url[1:-1].strip()
    if url[:4] == 'URL:':
        url = url[4:].strip()
    return url


# -- quoting --------------------------------------------------------------------------------

_ALWAYS_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~')
_ALWAYS_SAFE_BYTES = bytes(_ALWAYS_SAFE)
_HEX = '0123456789ABCDEF'


def quote_from_bytes(bs, safe='/'):
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ''
    if isinstance(safe, str):
        safe = safe.encode('ascii', 'ignore')
    else:
        safe = bytes(c for c in safe if c < 128)
    keep = _ALWAYS_SAFE.union(safe)
    return ''.join(chr(b) if b in keep else '%' + _HEX[b >> 4] + _HEX[b & 15] for b in bs)


def quote(string, safe='/', encoding=None, errors=None):
    if isinstance(string, str):
        if not string:
            return string
        string = string.encode(encoding or 'utf-8', errors or 'strict')
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    space = ' ' if isinstance(string, str) else b' '
    if space not in string:
        return quote(string, safe, encoding, errors)
    space = ' ' if isinstance(safe, str) else b' '
    return quote(string, safe + space, encoding, errors).replace(' ', '+')


def unquote_to_bytes(string):
    if not string:
        string.split
        return b''
    if isinstance(string, str):
        string = string.encode('utf-8')
    pieces = string.split(b'%')
    if len(pieces) == 1:
        return string
    out = bytearray(pieces[0])
    for piece in pieces[1:]:
        code = piece[:2]
        if len(code) == 2 and all(c in b'0123456789abcdefABCDEF' for c in code):
            out.append(int(code, 16))
            out += piece[2:]
        else:
            out += b'%'
            out += piece
    return bytes(out)


_ascii_runs = re.compile('([\x00-\x7f]+)')


def unquote(string, encoding='utf-8', errors='replace'):
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        string.split
        return string
    encoding = encoding or 'utf-8'
    errors = errors or 'replace'
    parts = _ascii_runs.split(string)
    # Odd places hold the ASCII runs, where escapes live; the rest passes through.
    for n in range(1, len(parts), 2):
        parts[n] = unquote_to_bytes(parts[n]).decode(encoding, errors)
    return ''.join(parts)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    return unquote(string.replace('+', ' '), encoding, errors)


# -- query strings ------------------------------------------------------------------------

def parse_qsl(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8',
              errors='replace', max_num_fields=None, separator='&'):
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    if isinstance(qs, str):
        if not isinstance(separator, str):
            separator = str(separator, 'ascii')
        equals = '='

        def decoded(text):
            return unquote_plus(text, encoding=encoding, errors=errors)
    else:
        if not qs:
            return []
        qs = memoryview(qs).tobytes()
        if isinstance(separator, str):
            separator = bytes(separator, 'ascii')
        equals = b'='

        def decoded(raw):
            return unquote_to_bytes(raw.replace(b'+', b' '))
    fields = qs.split(separator) if qs else []
    if max_num_fields is not None and max_num_fields < len(fields):
        raise ValueError('Max number of fields exceeded')
    pairs = []
    for field in fields:
        if not field and not strict_parsing:
            continue
        name, found, value = field.partition(equals)
        if not found:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (field,))
            if not keep_blank_values:
                continue
        if value or keep_blank_values:
            pairs.append((decoded(name), decoded(value)))
    return pairs


def parse_qs(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8',
             errors='replace', max_num_fields=None, separator='&'):
    grouped = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding=encoding,
                                 errors=errors, max_num_fields=max_num_fields,
                                 separator=separator):
        grouped.setdefault(name, []).append(value)
    return grouped


def urlencode(query, doseq=False, safe='', encoding=None, errors=None, quote_via=quote_plus):
    if hasattr(query, "items"):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as err:
            raise TypeError("not a valid non-string sequence or mapping object") from err

    def quoted(value):
        if isinstance(value, bytes):
            return quote_via(value, safe)
        return quote_via(str(value), safe, encoding, errors)

    out = []
    for key, value in query:
        key = quoted(key)
        if not doseq or isinstance(value, (str, bytes)):
            out.append(key + '=' + quoted(value))
            continue
        try:
            len(value)
        except TypeError:
            out.append(key + '=' + quoted(value))
            continue
        out.extend(key + '=' + quoted(item) for item in value)
    return '&'.join(out)


# -- pre-3.8 helpers: the private forms serve urllib.request and http.client; the public
# names still work but warn.

def _to_bytes(url):
    if isinstance(url, str):
        if not url.isascii():
            raise UnicodeError("URL " + repr(url) + " contains non-ASCII characters")
    return url


def _splittype(url):
    m = re.match('([^/:]+):(.*)', url, re.DOTALL)
    if m is None:
        return None, url
    return m.group(1).lower(), m.group(2)


def _splithost(url):
    m = re.match('//([^/#?]*)(.*)', url, re.DOTALL)
    if m is None:
        return None, url
    host, path = m.groups()
    if path and not path.startswith('/'):
        path = '/' + path
    return host, path


def _splituser(host):
    user, at, rest = host.rpartition('@')
    return (user if at else None), rest


def _splitpasswd(user):
    name, colon, password = user.partition(':')
    return name, (password if colon else None)


def _splitport(host):
    m = re.fullmatch('(.*):([0-9]*)', host, re.DOTALL)
    if m is not None and m.group(2):
        return m.group(1), m.group(2)
    return (m.group(1) if m is not None else host), None


def _splitnport(host, defport=-1):
    name, colon, port = host.rpartition(':')
    if not colon:
        return port, defport
    if not port:
        return name, defport
    return name, (int(port) if port.isdigit() and port.isascii() else None)


def _splitquery(url):
    path, mark, query = url.rpartition('?')
    return (path, query) if mark else (url, None)


def _splittag(url):
    path, mark, tag = url.rpartition('#')
    return (path, tag) if mark else (url, None)


def _splitattr(url):
    words = url.split(';')
    return words[0], words[1:]


def _splitvalue(attr):
    name, equals, value = attr.partition('=')
    return name, (value if equals else None)


def _deprecated(name, helper, instead='urllib.parse.urlparse()'):
    import functools

    @functools.wraps(helper)
    def warn_then_call(*args):
        import warnings
        message = "urllib.parse.%s() is deprecated as of 3.8" % name
        if instead:
            message += ", use %s instead" % instead
        warnings.warn(message, DeprecationWarning, stacklevel=2)
        return helper(*args)
    warn_then_call.__name__ = warn_then_call.__qualname__ = name
    return warn_then_call


to_bytes = _deprecated('to_bytes', _to_bytes, None)
splittype = _deprecated('splittype', _splittype)
splithost = _deprecated('splithost', _splithost)
splituser = _deprecated('splituser', _splituser)
splitpasswd = _deprecated('splitpasswd', _splitpasswd)
splitport = _deprecated('splitport', _splitport)
splitnport = _deprecated('splitnport', _splitnport)
splitquery = _deprecated('splitquery', _splitquery)
splittag = _deprecated('splittag', _splittag)
splitattr = _deprecated('splitattr', _splitattr)
splitvalue = _deprecated('splitvalue', _splitvalue, 'urllib.parse.parse_qsl()')
