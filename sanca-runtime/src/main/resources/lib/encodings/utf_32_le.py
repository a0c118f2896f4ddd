"""The UTF-32 codec, little-endian, without a byte order mark."""
import codecs
from encodings._support import define
define(globals(), "utf-32-le", codecs.utf_32_le_encode, codecs.utf_32_le_decode)
