"""The UTF-8 codec."""
import codecs
from encodings._support import define
define(globals(), "utf-8", codecs.utf_8_encode, codecs.utf_8_decode)
