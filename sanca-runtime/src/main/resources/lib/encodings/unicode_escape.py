"""The unicode_escape codec: Latin-1 text with the backslash escapes of Python string literals."""
import codecs
from encodings._support import define
define(globals(), "unicode-escape", codecs.unicode_escape_encode, codecs.unicode_escape_decode,
       final_by_default=True)
