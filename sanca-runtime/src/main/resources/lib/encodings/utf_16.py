"""The UTF-16 codec: a byte order mark, then the text in the machine's byte order."""
import codecs
from encodings._bom import define
define(globals(), "utf-16", codecs.utf_16_encode, codecs.utf_16_le_encode,
       codecs.utf_16_be_encode, codecs.utf_16_ex_decode, codecs.utf_16_le_decode,
       codecs.utf_16_be_decode)
