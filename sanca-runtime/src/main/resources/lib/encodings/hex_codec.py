"""The hex codec: bytes to bytes, each byte as two lowercase hexadecimal digits."""
from encodings._support import define

_DIGITS = frozenset(b"0123456789abcdefABCDEF")


def _encode(input, errors="strict"):
    assert errors == "strict"
    if isinstance(input, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return memoryview(input).hex().encode("ascii"), len(input)


def _unhex(data):
    if isinstance(data, str):
        data = data.encode("ascii")
    data = bytes(data)
    if len(data) % 2:
        raise ValueError("Odd-length string")
    if not _DIGITS.issuperset(data):
        raise ValueError("Non-hexadecimal digit found")
    return bytes.fromhex(data.decode("ascii"))


def _decode(input, errors="strict"):
    assert errors == "strict"
    return _unhex(input), len(input)


define(globals(), "hex", _encode, _decode, buffered=False, is_text=False)
