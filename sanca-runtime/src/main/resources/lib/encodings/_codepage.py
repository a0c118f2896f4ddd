"""The single-byte code pages whose Java charset maps every byte as CPython's codec does (the
tables were compared byte by byte): their codecs are charmap codecs over the Java table."""

import codecs
from _codecs import _charset_table
from encodings import _support

JAVA_CHARSETS = {
    "cp1250": "windows-1250", "cp1251": "windows-1251", "cp1252": "windows-1252",
    "cp1253": "windows-1253", "cp1254": "windows-1254", "cp1255": "windows-1255",
    "cp1256": "windows-1256", "cp1257": "windows-1257", "cp1258": "windows-1258",
    "cp437": "IBM437", "cp737": "x-IBM737", "cp775": "IBM775", "cp850": "IBM850",
    "cp852": "IBM852", "cp855": "IBM855", "cp857": "IBM857", "cp858": "IBM00858",
    "cp860": "IBM860", "cp861": "IBM861", "cp862": "IBM862", "cp863": "IBM863",
    "cp864": "IBM864", "cp865": "IBM865", "cp866": "IBM866", "cp869": "IBM869",
    "cp874": "x-windows-874", "iso8859_1": "ISO-8859-1", "iso8859_2": "ISO-8859-2",
    "iso8859_3": "ISO-8859-3", "iso8859_4": "ISO-8859-4", "iso8859_5": "ISO-8859-5",
    "iso8859_6": "ISO-8859-6", "iso8859_7": "ISO-8859-7", "iso8859_8": "ISO-8859-8",
    "iso8859_9": "ISO-8859-9", "iso8859_11": "x-iso-8859-11", "iso8859_13": "ISO-8859-13",
    "iso8859_15": "ISO-8859-15", "iso8859_16": "ISO-8859-16", "koi8_r": "KOI8-R",
    "koi8_u": "KOI8-U", "mac_latin2": "x-MacCentralEurope", "mac_roman": "x-MacRoman",
}

_made = {}


def lookup(name):
    """The CodecInfo of code page name, or None when it is not one of JAVA_CHARSETS."""
    charset = JAVA_CHARSETS.get(name)
    if charset is None:
        return None
    info = _made.get(name)
    if info is None:
        decoding_table = _charset_table(charset)
        encoding_table = codecs.charmap_build(decoding_table)

        def encode(input, errors="strict"):
            return codecs.charmap_encode(input, errors, encoding_table)

        def decode(input, errors="strict"):
            return codecs.charmap_decode(input, errors, decoding_table)

        ns = {"__name__": "encodings." + name}
        _support.define(ns, name.replace("_", "-"), encode, decode, buffered=False)
        info = _made[name] = ns["getregentry"]()
    return info
