"""The UTF-32 codec, big-endian, without a byte order mark."""
import codecs
from encodings._support import define
define(globals(), "utf-32-be", codecs.utf_32_be_encode, codecs.utf_32_be_decode)
