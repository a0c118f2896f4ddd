"""The UTF-16 codec, little-endian, without a byte order mark."""
import codecs
from encodings._support import define
define(globals(), "utf-16-le", codecs.utf_16_le_encode, codecs.utf_16_le_decode)
