"""The file-like objects urlopen() returns: a wrapped binary file, plus headers and URL."""

__all__ = ["addbase", "addclosehook", "addinfo", "addinfourl"]


class addbase:
    """A file wrapper that is its own context manager and hands every other attribute
    (read, readline, readlines, fileno...) to the wrapped binary file fp."""

    def __init__(self, fp):
        self.fp = fp
        self.file = fp
        self.name = "<urllib response>"

    def __getattr__(self, attr):
        fp = self.__dict__.get("fp")
        if fp is None:
            raise AttributeError(attr)
        return getattr(fp, attr)

    def __iter__(self):
        return iter(self.fp)

    def close(self):
        self.fp.close()

    @property
    def closed(self):
        return self.fp.closed

    def __repr__(self):
        return "<%s at %r whose fp = %r>" % (type(self).__name__, id(self), self.fp)

    def __enter__(self):
        if not self.fp.closed:
            return self
        raise ValueError("I/O operation on closed file")

    def __exit__(self, *exc_info):
        self.close()


class addclosehook(addbase):
    """Calls closehook(*hookargs) once, when closed (before the file itself is closed),
    so that whoever opened the connection can release it."""

    def __init__(self, fp, closehook, *hookargs):
        super().__init__(fp)
        self.closehook = closehook
        self.hookargs = hookargs

    def close(self):
        try:
            hook, args = self.closehook, self.hookargs
            if hook:
                self.closehook = None
                self.hookargs = None
                hook(*args)
        finally:
            super().close()


class addinfo(addbase):
    """A wrapped file that also carries the response's headers, returned by info()."""

    def __init__(self, fp, headers):
        super().__init__(fp)
        self.headers = headers

    def info(self):
        return self.headers


class addinfourl(addinfo):
    """A wrapped file with headers, the URL it came from (geturl(), url) and the status
    code (getcode(), code, status; None for schemes without one, such as file:)."""

    def __init__(self, fp, headers, url, code=None):
        super().__init__(fp, headers)
        self.url = url
        self.code = code

    @property
    def status(self):
        return self.code

    def getcode(self):
        return self.code

    def geturl(self):
        return self.url
