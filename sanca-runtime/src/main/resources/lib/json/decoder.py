"""JSONDecoder and JSONDecodeError."""

import _json
from json.scanner import make_scanner

__all__ = ["JSONDecoder", "JSONDecodeError"]

c_scanstring = py_scanstring = scanstring = _json.scanstring

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')

_CONSTANTS = {'-Infinity': NegInf, 'Infinity': PosInf, 'NaN': NaN}
_SPACE = ' \t\n\r'


class JSONDecodeError(ValueError):
    """Raised for a document that is not valid JSON.

    msg: the message without its position; doc: the document; pos: the index in doc where
    reading failed; lineno, colno: that position as a line and a column, both from 1.
    """

    def __init__(self, msg, doc, pos):
        line = doc.count('\n', 0, pos) + 1
        col = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, f'{msg}: line {line} column {col} (char {pos})')
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = line
        self.colno = col

    def __reduce__(self):
        return type(self), (self.msg, self.doc, self.pos)


def _skip_space(s, i):
    n = len(s)
    while i < n and s[i] in _SPACE:
        i += 1
    return i


class JSONDecoder:
    """Reads JSON documents into Python objects.

    Objects become dicts (or what object_hook/object_pairs_hook make of them), arrays lists,
    strings str, numbers int or float (or what parse_int/parse_float make of their text), and
    true/false/null True/False/None; NaN, Infinity and -Infinity go through parse_constant.
    With strict=False, strings may hold control characters.
    """

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float if parse_float else float
        self.parse_int = parse_int if parse_int else int
        self.parse_constant = parse_constant if parse_constant else _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.memo = {}
        self.scan_once = make_scanner(self)

    def decode(self, s, _w=None):
        """The Python object the JSON document s (a str) holds; only whitespace may follow it."""
        value, after = self.raw_decode(s, idx=_skip_space(s, 0))
        after = _skip_space(s, after)
        if after != len(s):
            raise JSONDecodeError("Extra data", s, after)
        return value

    def raw_decode(self, s, idx=0):
        """Decode the JSON value that starts at s[idx]: return (value, index after it)."""
        try:
            return self.scan_once(s, idx)
        except StopIteration as stop:
            raise JSONDecodeError("Expecting value", s, stop.value) from None
