"""The raw_unicode_escape codec: Latin-1 text with only \\uXXXX and \\UXXXXXXXX escapes."""
import codecs
from encodings._support import define
define(globals(), "raw-unicode-escape", codecs.raw_unicode_escape_encode,
       codecs.raw_unicode_escape_decode, final_by_default=True)
