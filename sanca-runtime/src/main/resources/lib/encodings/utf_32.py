"""The UTF-32 codec: a byte order mark, then the text in the machine's byte order."""
import codecs
from encodings._bom import define
define(globals(), "utf-32", codecs.utf_32_encode, codecs.utf_32_le_encode,
       codecs.utf_32_be_encode, codecs.utf_32_ex_decode, codecs.utf_32_le_decode,
       codecs.utf_32_be_decode)
