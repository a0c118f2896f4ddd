"""The exceptions and parsing defects of the email package."""


class MessageError(Exception):
    """The base of the exceptions the email package raises (defects are not raised
    but collected in a message's defects list)."""


class MessageParseError(MessageError):
    """Raised when a message's text cannot be parsed at all; most problems are
    recorded as defects instead."""


class HeaderParseError(MessageParseError):
    """Raised when the value of a header cannot be made sense of, where the
    caller asked for the parsed value rather than the text."""


class BoundaryError(MessageParseError):
    """Raised when the boundary a multipart message declares is missing from its
    body, so that its parts cannot be told apart."""


class MultipartConversionError(MessageError, TypeError):
    """Raised when a part is attached to a message whose payload is not a list."""


class CharsetError(MessageError):
    """Raised for a character set name the package does not know, where a
    conversion to or from it was asked for."""


class HeaderWriteError(MessageError):
    """Raised when a header value would not survive being written out and read back."""


class MessageDefect(ValueError):
    """Something wrong found while parsing: recorded in the message's defects list
    rather than raised, so that a damaged message still parses. line is the
    offending input line when there is one."""

    def __init__(self, line=None):
        if line is not None:
            super().__init__(line)
        self.line = line


class MissingHeaderBodySeparatorDefect(MessageDefect):
    """A line in the header block that is neither a header nor the empty line that
    ends the headers; the headers end there and the rest becomes the body."""


class InvalidHeaderDefect(MessageDefect):
    """A header whose value does not follow the syntax its name calls for."""


class HeaderMissingRequiredValue(InvalidHeaderDefect):
    """A header that must have a value (such as the boundary of a multipart) has none."""


class NonPrintableDefect(InvalidHeaderDefect):
    """A header holding ASCII control characters, listed in non_printables."""

    def __init__(self, non_printables):
        self.non_printables = non_printables
        InvalidHeaderDefect.__init__(self, non_printables)

    def __str__(self):
        return f"the following ASCII non-printables found in header: {self.non_printables}"
