"""The ASCII codec."""
import codecs
from encodings._support import define
define(globals(), "ascii", codecs.ascii_encode, codecs.ascii_decode, buffered=False)
