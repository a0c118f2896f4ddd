"""The rot13 codec: str to str, each ASCII letter moved 13 places along the alphabet."""
import codecs
from encodings._support import define

_lower = "abcdefghijklmnopqrstuvwxyz"
_upper = _lower.upper()
rot13_map = str.maketrans(_lower + _upper, _lower[13:] + _lower[:13] + _upper[13:] + _upper[:13])


def _rot13(input, errors="strict"):
    return str.translate(input, rot13_map), len(input)


def rot13(infile, outfile):
    outfile.write(codecs.encode(infile.read(), "rot-13"))


define(globals(), "rot-13", _rot13, _rot13, buffered=False, is_text=False)
