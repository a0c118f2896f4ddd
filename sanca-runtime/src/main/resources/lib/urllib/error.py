"""The exceptions urllib.request raises: URLError for a failure to reach a URL, HTTPError
(also a response, whose body can be read) for an HTTP error status."""

import io
import urllib.response

__all__ = ["URLError", "HTTPError", "ContentTooShortError"]


class URLError(OSError):
    """The URL could not be opened. reason says why: a message, or the exception that
    stopped the attempt (such as ConnectionRefusedError). Being an OSError, it is
    caught by code that handles I/O failures in general."""

    def __init__(self, reason, filename=None):
        self.args = (reason,)
        self.reason = reason
        if filename is not None:
            self.filename = filename

    def __str__(self):
        return "<urlopen error %s>" % self.reason


class HTTPError(URLError, urllib.response.addinfourl):
    """The server answered with an error status. The exception is also the response:
    code and reason (msg) are its status, headers (hdrs) its headers, and read()
    gives its body, such as the error page a server sends with a 404."""

    def __init__(self, url, code, msg, hdrs, fp):
        self.msg = msg
        self.hdrs = hdrs
        self.fp = fp
        body = io.BytesIO() if fp is None else fp
        urllib.response.addinfourl.__init__(self, body, hdrs, url, code)

    def __str__(self):
        return "HTTP Error %s: %s" % (self.code, self.msg)

    def __repr__(self):
        return "<HTTPError %s: %r>" % (self.code, self.msg)

    @property
    def reason(self):
        return self.msg

    @property
    def headers(self):
        return self.hdrs

    @headers.setter
    def headers(self, headers):
        self.hdrs = headers


class ContentTooShortError(URLError):
    """urlretrieve() got less data than the Content-Length header announced; content
    holds what it did get (the (filename, headers) pair urlretrieve would return)."""

    def __init__(self, message, content):
        super().__init__(message)
        self.content = content
