"""The Message class: an ordered list of headers (names compared without case) and a payload."""

__all__ = ["Message", "EmailMessage"]

import re

_TOKEN_SPECIALS = re.compile(r'[ ()<>@,;:\\"/\[\]?=]')


def _split_params(value):
    """'text/html; charset="utf-8"' -> ['text/html', 'charset="utf-8"'], ignoring ';' in quotes."""
    parts = []
    current = []
    quoted = False
    escaped = False
    for ch in value:
        if escaped:
            escaped = False
        elif ch == "\\" and quoted:
            escaped = True
        elif ch == '"':
            quoted = not quoted
        elif ch == ";" and not quoted:
            parts.append("".join(current).strip())
            current = []
            continue
        current.append(ch)
    parts.append("".join(current).strip())
    return parts


def _unquote(value):
    if len(value) > 1 and value[0] == value[-1] == '"':
        return re.sub(r'\\(.)', r'\1', value[1:-1])
    if len(value) > 1 and value[0] == "<" and value[-1] == ">":
        return value[1:-1]
    return value


def _quote_param(name, value, quote):
    if value is None or value == "":
        return name if value is None else '%s=""' % name
    if quote or _TOKEN_SPECIALS.search(value):
        return '%s="%s"' % (name, value.replace("\\", "\\\\").replace('"', '\\"'))
    return "%s=%s" % (name, value)


class Message:
    """A message: headers in the order they were added (a name may repeat) and a payload."""

    def __init__(self, policy=None):
        self.policy = policy
        self._headers = []
        self._unixfrom = self._payload = self._charset = None
        self.preamble = None
        self.epilogue = None
        self.defects = []
        self._default_type = "text/plain"

    def __str__(self):
        return self.as_string()

    def as_string(self, unixfrom=False, maxheaderlen=0, policy=None):
        lines = []
        if unixfrom and self._unixfrom:
            lines.append(self._unixfrom + "\n")
        lines.extend(f"{name}: {value}\n" for name, value in self._headers)
        lines.append("\n")
        payload = self._payload
        if isinstance(payload, list):
            payload = "".join(part.as_string() for part in payload)
        if payload:
            lines.append(payload)
        return "".join(lines)

    def as_bytes(self, unixfrom=False, policy=None):
        return self.as_string(unixfrom).encode("utf-8", "surrogateescape")

    def __bytes__(self):
        return self.as_bytes()

    def is_multipart(self):
        """Whether the payload is a list of sub-messages."""
        return type(self._payload) is list

    def set_unixfrom(self, unixfrom):
        self._unixfrom = unixfrom

    def get_unixfrom(self):
        return self._unixfrom

    def attach(self, payload):
        if self._payload is None:
            self._payload = [payload]
        else:
            try:
                self._payload.append(payload)
            except AttributeError:
                raise TypeError("Attach is not valid on a message with a non-multipart payload") from None

    def get_payload(self, i=None, decode=False):
        if self.is_multipart():
            if decode:
                return None
            return self._payload if i is None else self._payload[i]
        if i is not None:
            raise TypeError("Expected list, got %s" % type(self._payload))
        payload = self._payload
        if not decode:
            return payload
        if isinstance(payload, str):
            return payload.encode("ascii", "surrogateescape") if payload.isascii() else payload.encode("raw-unicode-escape")
        return payload

    def set_payload(self, payload, charset=None):
        """Replaces the payload (and the charset, when one is given)."""
        self._payload = payload
        if charset is not None:
            self.set_charset(charset)

    def set_charset(self, charset):
        self._charset = charset
        if charset is None:
            self.del_param("charset")
            return
        if "MIME-Version" not in self:
            self.add_header("MIME-Version", "1.0")
        if "Content-Type" not in self:
            self.add_header("Content-Type", "text/plain", charset=str(charset))
        else:
            self.set_param("charset", str(charset))

    def get_charset(self):
        return self._charset

    # headers, as a mapping whose names ignore case
    def __len__(self):
        return len(self._headers)

    def __contains__(self, name):
        name = name.lower()
        return any(k.lower() == name for k, v in self._headers)

    def __iter__(self):
        return iter([name for name, _ in self._headers])

    def __getitem__(self, name):
        return self.get(name)

    def __setitem__(self, name, val):
        self._headers.append((name, val))

    def __delitem__(self, name):
        name = name.lower()
        self._headers = [(k, v) for k, v in self._headers if k.lower() != name]

    def keys(self):
        """The header names, in order, repeated names included."""
        return [pair[0] for pair in self._headers]

    def values(self):
        """The header values, in order."""
        return [pair[1] for pair in self._headers]

    def items(self):
        return list(self._headers)

    def get(self, name, failobj=None):
        """The value of the first header called name (any case), else failobj."""
        name = name.lower()
        for k, v in self._headers:
            if k.lower() == name:
                return v
        return failobj

    def set_raw(self, name, value):
        """Appends a header as given, as the parser does."""
        self._headers.append((name, value))

    def raw_items(self):
        """The (name, value) pairs as stored."""
        return iter(list(self._headers))

    def get_all(self, name, failobj=None):
        """Every value of headers called name (any case), in order; failobj if none."""
        name = name.lower()
        found = [v for k, v in self._headers if k.lower() == name]
        return found if found else failobj

    def add_header(self, _name, _value, **_params):
        parts = [] if _value is None else [_value]
        for key, value in _params.items():
            parts.append(_quote_param(key.replace("_", "-"), value, False))
        self._headers.append((_name, "; ".join(parts)))

    def replace_header(self, _name, _value):
        wanted = _name.lower()
        for i, (k, v) in enumerate(self._headers):
            if k.lower() == wanted:
                self._headers[i] = (k, _value)
                return
        raise KeyError(_name)

    # Content-Type and its parameters
    def get_content_type(self):
        value = self.get("content-type")
        if value is None:
            return self.get_default_type()
        ctype = _split_params(value)[0].lower()
        if ctype.count("/") != 1:
            return "text/plain"
        return ctype

    def get_content_maintype(self):
        return self.get_content_type().split("/")[0]

    def get_content_subtype(self):
        return self.get_content_type().split("/")[1]

    def get_default_type(self):
        return self._default_type

    def set_default_type(self, ctype):
        self._default_type = ctype

    def _params(self, header):
        value = self.get(header)
        if value is None:
            return None
        params = []
        for part in _split_params(value):
            name, eq, val = part.partition("=")
            if not name.strip():
                continue
            params.append((name.strip().lower() if eq else name.strip(), val.strip() if eq else ""))
        return params

    def get_params(self, failobj=None, header="content-type", unquote=True):
        params = self._params(header)
        if params is None:
            return failobj
        if unquote:
            return [(k, _unquote(v)) for k, v in params]
        return params

    def get_param(self, param, failobj=None, header="content-type", unquote=True):
        params = self._params(header)
        if params is None:
            return failobj
        param = param.lower()
        for k, v in params[1:] if params else ():
            if k == param:
                return _unquote(v) if unquote else v
        return failobj

    def set_param(self, param, value, header="Content-Type", requote=True, charset=None, language="", replace=False):
        if header not in self and header.lower() == "content-type":
            current = "text/plain"
        else:
            current = self.get(header, "")
        parts = _split_params(current) if current else []
        kept = [p for p in parts[1:] if p.partition("=")[0].strip().lower() != param.lower()]
        head = parts[0] if parts else ""
        new = "; ".join([head] + kept + [_quote_param(param, value, requote)])
        if header in self:
            self.replace_header(header, new)
        else:
            self.add_header(header, new)

    def del_param(self, param, header="content-type", requote=True):
        if header not in self:
            return
        parts = _split_params(self.get(header))
        kept = [parts[0]] + [p for p in parts[1:] if p.partition("=")[0].strip().lower() != param.lower()]
        self.replace_header(header, "; ".join(kept))

    def set_type(self, type, header="Content-Type", requote=True):
        if type.count("/") != 1:
            raise ValueError
        if header.lower() == "content-type":
            del self["mime-version"]
            self["MIME-Version"] = "1.0"
        if header not in self:
            self[header] = type
            return
        parts = _split_params(self.get(header))
        self.replace_header(header, "; ".join([type] + parts[1:]))

    def get_content_charset(self, failobj=None):
        """The charset parameter of Content-Type, lower-cased, else failobj."""
        charset = self.get_param("charset")
        if charset is None:
            return failobj
        try:
            charset.encode("us-ascii")
        except UnicodeError:
            return failobj
        return charset.lower()

    def get_charsets(self, failobj=None):
        """The content charset of each part, this message first."""
        return [each.get_content_charset(failobj) for each in self.walk()]

    def get_filename(self, failobj=None):
        """The filename parameter of Content-Disposition (or Content-Type's name)."""
        filename = self.get_param("filename", None, "content-disposition")
        if filename is None:
            filename = self.get_param("name", None, "content-type")
        return failobj if filename is None else filename.strip()

    def get_boundary(self, failobj=None):
        """The boundary parameter of a multipart Content-Type, else failobj."""
        boundary = self.get_param("boundary")
        return failobj if boundary is None else boundary.rstrip()

    def get_content_disposition(self):
        value = self.get("content-disposition")
        return None if value is None else _split_params(value)[0].lower()

    def walk(self):
        yield self
        if self.is_multipart():
            for part in self._payload:
                yield from part.walk()


class EmailMessage(Message):
    """A Message of the modern API; here the same model."""

    def get_content(self):
        payload = self.get_payload()
        if isinstance(payload, bytes):
            return payload.decode(self.get_content_charset("utf-8"), "replace")
        return payload

    def set_content(self, content, subtype="plain", charset="utf-8"):
        self.set_payload(content)
        if "Content-Type" in self:
            del self["Content-Type"]
        self.add_header("Content-Type", "text/%s" % subtype, charset=charset)
