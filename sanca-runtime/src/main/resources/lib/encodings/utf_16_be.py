"""The UTF-16 codec, big-endian, without a byte order mark."""
import codecs
from encodings._support import define
define(globals(), "utf-16-be", codecs.utf_16_be_encode, codecs.utf_16_be_decode)
