"""The base64 codec: bytes to bytes in MIME base64, lines of 76 characters."""
from encodings._support import define

_ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_VALUES = {c: i for i, c in enumerate(_ALPHABET)}


def _encode_line(chunk):
    out = bytearray()
    for i in range(0, len(chunk), 3):
        group = chunk[i:i + 3]
        n = int.from_bytes(group + b"\0" * (3 - len(group)), "big")
        quad = bytes(_ALPHABET[n >> s & 63] for s in (18, 12, 6, 0))
        out += quad[:len(group) + 1] + b"=" * (3 - len(group))
    return bytes(out) + b"\n"


def _encode(input, errors="strict"):
    assert errors == "strict"
    data = bytes(input)
    return b"".join(_encode_line(data[i:i + 57]) for i in range(0, len(data), 57)), len(input)


def _decode(input, errors="strict"):
    assert errors == "strict"
    data = input.encode("ascii") if isinstance(input, str) else bytes(input)
    values = [_VALUES[c] for c in data.split(b"=")[0] if c in _VALUES]
    if len(values) % 4 == 1:
        raise ValueError("Invalid base64-encoded string: number of data characters (%d) "
                         "cannot be 1 more than a multiple of 4" % len(values))
    out = bytearray()
    for i in range(0, len(values), 4):
        group = values[i:i + 4]
        n = 0
        for v in group + [0] * (4 - len(group)):
            n = n << 6 | v
        out += n.to_bytes(3, "big")[:len(group) - 1]
    return bytes(out), len(input)


define(globals(), "base64", _encode, _decode, buffered=False, is_text=False)
