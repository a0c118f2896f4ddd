"""JSONEncoder and the JSON string quoting functions."""

from _json import encode_basestring_ascii, encode_basestring, make_encoder

c_encode_basestring_ascii = encode_basestring_ascii
c_encode_basestring = encode_basestring
c_make_encoder = make_encoder
py_encode_basestring = encode_basestring
py_encode_basestring_ascii = encode_basestring_ascii

__all__ = ['JSONEncoder']

INFINITY = float('inf')


class JSONEncoder:
    """Writes Python objects as JSON text.

    dicts become objects, lists and tuples arrays, str strings, int and float numbers, and
    True/False/None true/false/null; anything else goes through default(), which a subclass
    (or the default= argument) overrides to return something serializable.
    """
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable object for o, or raise TypeError (what this base class does)."""
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        """Return the JSON text of o."""
        if isinstance(o, str):
            return encode_basestring_ascii(o) if self.ensure_ascii else encode_basestring(o)
        return ''.join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        """Return an iterator over the JSON text of o, in pieces."""
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        quote = encode_basestring_ascii if self.ensure_ascii else encode_basestring
        markers = {} if self.check_circular else None
        run = make_encoder(markers, self.default, quote, indent, self.key_separator, self.item_separator,
                           self.sort_keys, self.skipkeys, self.allow_nan)
        return iter(run(o, 0))
