"""The exceptions and parsing defects of the email package."""


class MessageError(Exception):
    """Base of the package's exceptions."""


class MessageParseError(MessageError):
    """A message could not be parsed."""


class HeaderParseError(MessageParseError):
    """A header could not be parsed."""


class BoundaryError(MessageParseError):
    """A multipart boundary could not be found."""


class MultipartConversionError(MessageError, TypeError):
    """A message cannot become multipart."""


class CharsetError(MessageError):
    """An unknown character set."""


class HeaderWriteError(MessageError):
    """A header cannot be written out safely."""


class MessageDefect(ValueError):
    """Something wrong found while parsing, recorded rather than raised."""

    def __init__(self, line=None):
        if line is not None:
            super().__init__(line)
        self.line = line


class MissingHeaderBodySeparatorDefect(MessageDefect):
    """A line that is neither a header nor the blank line ending the headers."""


class InvalidHeaderDefect(MessageDefect):
    """A header whose value is malformed."""


class NonPrintableDefect(InvalidHeaderDefect):
    """A header holding characters that cannot be printed."""

    def __init__(self, non_printables):
        super().__init__(non_printables)
        self.non_printables = non_printables

    def __str__(self):
        return "the following ASCII non-printables found in header: {}".format(self.non_printables)
