"""JSON (RFC 8259) encoding and decoding: the `json` package of Python 3.12, written for Sanca.

dumps/dump turn Python objects into JSON text and loads/load read it back; JSONEncoder and
JSONDecoder hold the options and may be subclassed. The scanning and encoding loops live in
the _json module (Java)."""

from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder

__version__ = '2.0.9'
__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']
__author__ = 'Bob Ippolito <bob@redivi.com>'

# Encoders and decoders made with every option at its default are shared.
_plain_encoder = JSONEncoder()
_plain_decoder = JSONDecoder()


def _encoder_for(cls, skipkeys, ensure_ascii, check_circular, allow_nan, indent, separators, default, sort_keys, kw):
    plain = (not skipkeys and ensure_ascii and check_circular and allow_nan and cls is None and indent is None
             and separators is None and default is None and not sort_keys and not kw)
    if plain:
        return _plain_encoder
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular, allow_nan=allow_nan,
               indent=indent, separators=separators, default=default, sort_keys=sort_keys, **kw)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None, indent=None,
          separators=None, default=None, sort_keys=False, **kw):
    """Return obj as a JSON formatted str."""
    enc = _encoder_for(cls, skipkeys, ensure_ascii, check_circular, allow_nan, indent, separators, default,
                       sort_keys, kw)
    return enc.encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None, indent=None,
         separators=None, default=None, sort_keys=False, **kw):
    """Write obj as JSON text to the file-like object fp (anything with a write(str) method)."""
    enc = _encoder_for(cls, skipkeys, ensure_ascii, check_circular, allow_nan, indent, separators, default,
                       sort_keys, kw)
    for chunk in enc.iterencode(obj):
        fp.write(chunk)


def detect_encoding(b):
    """The codec name of JSON text in bytes b, from its BOM or the pattern of its zero bytes."""
    head = bytes(b[:4])
    if head.startswith((b'\xff\xfe\x00\x00', b'\x00\x00\xfe\xff')):
        return 'utf-32'
    if head.startswith((b'\xff\xfe', b'\xfe\xff')):
        return 'utf-16'
    if head.startswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    if len(head) >= 4:
        if not head[0]:
            return 'utf-16-be' if head[1] else 'utf-32-be'
        if not head[1]:
            return 'utf-16-le' if head[2] or head[3] else 'utf-32-le'
    elif len(head) == 2:
        if not head[0]:
            return 'utf-16-be'
        if not head[1]:
            return 'utf-16-le'
    return 'utf-8'


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    """Return the Python object the JSON document s (str, bytes or bytearray) holds."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    elif isinstance(s, (bytes, bytearray)):
        s = s.decode(detect_encoding(s), 'surrogatepass')
    else:
        raise TypeError(f'the JSON object must be str, bytes or bytearray, not {s.__class__.__name__}')
    if (cls is None and object_hook is None and parse_int is None and parse_float is None
            and parse_constant is None and object_pairs_hook is None and not kw):
        return _plain_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    for name, value in (('object_hook', object_hook), ('object_pairs_hook', object_pairs_hook),
                        ('parse_float', parse_float), ('parse_int', parse_int),
                        ('parse_constant', parse_constant)):
        if value is not None:
            kw[name] = value
    return cls(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
         object_pairs_hook=None, **kw):
    """Return the Python object the JSON document read from fp (with a read() method) holds."""
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw)
