"""Email messages: the header and payload model (email.message), parsing (email.parser)
and date and address helpers (email.utils). This implementation covers the parts HTTP
uses: headers with their parameters, and simple single-part bodies."""

__all__ = ["errors", "message", "parser", "utils",
           "message_from_string", "message_from_bytes",
           "message_from_file", "message_from_binary_file"]


def _make(kind, args, kwargs):
    import email.parser
    return getattr(email.parser, kind)(*args, **kwargs)


def message_from_string(s, *args, **kwargs):
    """A Message parsed from a string (arguments as for email.parser.Parser)."""
    return _make("Parser", args, kwargs).parsestr(s)


def message_from_bytes(s, *args, **kwargs):
    """A Message parsed from bytes (arguments as for email.parser.BytesParser)."""
    return _make("BytesParser", args, kwargs).parsebytes(s)


def message_from_file(fp, *args, **kwargs):
    """A Message parsed from an open text file (arguments as for email.parser.Parser)."""
    return _make("Parser", args, kwargs).parse(fp)


def message_from_binary_file(fp, *args, **kwargs):
    """A Message parsed from an open binary file (arguments as for BytesParser)."""
    return _make("BytesParser", args, kwargs).parse(fp)
