"""Email messages: the header and payload model (email.message), parsing (email.parser)
and date and address helpers (email.utils). This implementation covers the parts HTTP
uses: headers with their parameters, and simple single-part bodies."""

__all__ = ["errors", "message", "parser", "utils",
           "message_from_string", "message_from_bytes",
           "message_from_file", "message_from_binary_file"]


def message_from_string(s, *args, **kws):
    """A Message parsed from text."""
    from email.parser import Parser
    return Parser(*args, **kws).parsestr(s)


def message_from_bytes(s, *args, **kws):
    """A Message parsed from bytes."""
    from email.parser import BytesParser
    return BytesParser(*args, **kws).parsebytes(s)


def message_from_file(fp, *args, **kws):
    """A Message parsed from a text file."""
    from email.parser import Parser
    return Parser(*args, **kws).parse(fp)


def message_from_binary_file(fp, *args, **kws):
    """A Message parsed from a binary file."""
    from email.parser import BytesParser
    return BytesParser(*args, **kws).parse(fp)
