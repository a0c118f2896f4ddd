"""Parsing text or bytes into a Message: headers up to the first blank line, then the body."""

__all__ = ["Parser", "HeaderParser", "BytesParser", "BytesHeaderParser"]


class Parser:
    """Parses messages from text: header lines (a line starting with whitespace continues
    the header before it) up to the first empty line, then the body as the payload.
    _class makes the message object (email.message.Message by default)."""

    def __init__(self, _class=None, *, policy=None):
        self._class = _class
        self.policy = policy

    def _new(self):
        if self._class is not None:
            return self._class()
        from email.message import Message
        return Message()

    def parse(self, fp, headersonly=False):
        """The message read from text file fp to its end."""
        return self.parsestr(fp.read(), headersonly)

    def parsestr(self, text, headersonly=False):
        """The message in string text; with headersonly the body is kept unparsed."""
        msg = self._new()
        lines = text.splitlines(keepends=True)
        name = None
        value = []
        i = 0
        while i < len(lines):
            line = lines[i]
            if line in ("\n", "\r\n", "\r"):
                i += 1
                break
            if line[:1] in (" ", "\t") and name is not None:
                value.append(line)
            else:
                if name is not None:
                    msg.set_raw(name, _fold("".join(value)))
                head, colon, rest = line.partition(":")
                if not colon:
                    from email.errors import MissingHeaderBodySeparatorDefect
                    msg.defects.append(MissingHeaderBodySeparatorDefect())
                    break
                name = head.rstrip()
                value = [rest.lstrip(" \t")]
            i += 1
        if name is not None:
            msg.set_raw(name, _fold("".join(value)))
        body = "".join(lines[i:])
        if not headersonly or body:
            msg.set_payload(body)
        return msg


def _fold(value):
    """A header value as written: continuation lines keep their line breaks, the last one goes."""
    return value.rstrip("\r\n")


class HeaderParser(Parser):
    """A Parser that stops at the headers: the rest of the text becomes the payload as is."""

    def parse(self, fp, headersonly=True):
        return super().parse(fp, headersonly=True)

    def parsestr(self, text, headersonly=True):
        return super().parsestr(text, headersonly=True)


class BytesParser:
    """Parses messages from bytes (decoded as ASCII, other bytes kept as surrogates)."""

    def __init__(self, *args, **kwargs):
        self.parser = Parser(*args, **kwargs)

    def parse(self, fp, headersonly=False):
        """The message read from binary file fp to its end."""
        return self.parsebytes(fp.read(), headersonly)

    def parsebytes(self, text, headersonly=False):
        """The message in bytes text (non-ASCII bytes survive as surrogate escapes)."""
        return self.parser.parsestr(bytes(text).decode("ascii", "surrogateescape"), headersonly)


class BytesHeaderParser(BytesParser):
    """A BytesParser that stops at the headers, as HeaderParser does for text."""

    def parse(self, fp, headersonly=True):
        return super().parse(fp, headersonly=True)

    def parsebytes(self, text, headersonly=True):
        return super().parsebytes(text, headersonly=True)
