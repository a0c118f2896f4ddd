"""The Latin-1 (ISO 8859-1) codec: each byte is the code point of the same value."""
import codecs
from encodings._support import define
define(globals(), "iso8859-1", codecs.latin_1_encode, codecs.latin_1_decode, buffered=False)
