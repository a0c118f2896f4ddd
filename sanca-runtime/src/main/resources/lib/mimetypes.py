"""Guessing a file's MIME type (and compression) from its name, and the usual file
extension of a type: a built-in table, extended by the system's mime.types files."""

import os
import posixpath
import urllib.parse

__all__ = ["knownfiles", "inited", "MimeTypes", "guess_type", "guess_all_extensions",
           "guess_extension", "add_type", "init", "read_mime_types",
           "suffix_map", "encodings_map", "types_map", "common_types"]

# Where systems keep their mime.types files (read in this order, later ones winning).
knownfiles = [prefix + "mime.types" for prefix in (
    "/etc/", "/etc/httpd/", "/etc/httpd/conf/", "/etc/apache/", "/etc/apache2/",
    "/usr/local/etc/httpd/conf/", "/usr/local/lib/netscape/", "/usr/local/etc/httpd/conf/",
    "/usr/local/etc/")]

inited = False
_db = None

# Extensions that stand for a compound one, and the compressions extensions name.
_SUFFIXES = {".svgz": ".svg.gz", ".tgz": ".tar.gz", ".taz": ".tar.gz", ".tz": ".tar.gz",
             ".tbz2": ".tar.bz2", ".txz": ".tar.xz"}
_ENCODINGS = {".gz": "gzip", ".Z": "compress", ".bz2": "bzip2", ".xz": "xz", ".br": "br"}

# The standard types: one per line, the type then its extensions (the first one preferred).
_STANDARD = """
text/javascript .js .mjs
application/json .json
application/manifest+json .webmanifest
application/msword .doc .dot .wiz
application/n-quads .nq
application/n-triples .nt
application/octet-stream .bin .a .dll .exe .o .obj .so
application/oda .oda
application/pdf .pdf
application/pkcs7-mime .p7c
application/postscript .ps .ai .eps
application/trig .trig
application/vnd.apple.mpegurl .m3u .m3u8
application/vnd.ms-excel .xls .xlb
application/vnd.ms-powerpoint .ppt .pot .ppa .pps .pwz
application/wasm .wasm
application/x-bcpio .bcpio
application/x-cpio .cpio
application/x-csh .csh
application/x-dvi .dvi
application/x-gtar .gtar
application/x-hdf .hdf
application/x-hdf5 .h5
application/x-latex .latex
application/x-mif .mif
application/x-netcdf .cdf .nc
application/x-pkcs12 .p12 .pfx
application/x-pn-realaudio .ram
application/x-python-code .pyc .pyo
application/x-sh .sh
application/x-shar .shar
application/x-shockwave-flash .swf
application/x-sv4cpio .sv4cpio
application/x-sv4crc .sv4crc
application/x-tar .tar
application/x-tcl .tcl
application/x-tex .tex
application/x-texinfo .texi .texinfo
application/x-troff .roff .t .tr
application/x-troff-man .man
application/x-troff-me .me
application/x-troff-ms .ms
application/x-ustar .ustar
application/x-wais-source .src
application/xml .xsl .rdf .wsdl .xpdl
application/zip .zip
audio/3gpp .3gp .3gpp
audio/3gpp2 .3g2 .3gpp2
audio/aac .aac .adts .loas .ass
audio/basic .au .snd
audio/mpeg .mp3 .mp2
audio/opus .opus
audio/x-aiff .aif .aifc .aiff
audio/x-pn-realaudio .ra
audio/x-wav .wav
image/avif .avif
image/bmp .bmp
image/gif .gif
image/ief .ief
image/jpeg .jpg .jpe .jpeg
image/heic .heic
image/heif .heif
image/png .png
image/svg+xml .svg
image/tiff .tiff .tif
image/vnd.microsoft.icon .ico
image/x-cmu-raster .ras
image/x-portable-anymap .pnm
image/x-portable-bitmap .pbm
image/x-portable-graymap .pgm
image/x-portable-pixmap .ppm
image/x-rgb .rgb
image/x-xbitmap .xbm
image/x-xpixmap .xpm
image/x-xwindowdump .xwd
message/rfc822 .eml .mht .mhtml .nws
text/css .css
text/csv .csv
text/html .html .htm
text/n3 .n3
text/plain .txt .bat .c .h .ksh .pl .srt
text/richtext .rtx
text/tab-separated-values .tsv
text/vtt .vtt
text/x-python .py
text/x-setext .etx
text/x-sgml .sgm .sgml
text/x-vcard .vcf
text/xml .xml
video/mp4 .mp4
video/mpeg .mpeg .m1v .mpa .mpe .mpg
video/quicktime .mov .qt
video/webm .webm
video/x-msvideo .avi
video/x-sgi-movie .movie
"""

# Types in common use that no standard registers (used when strict is false).
_COMMON = """
application/rtf .rtf
audio/midi .midi .mid
image/jpg .jpg
image/pict .pict .pct .pic
image/webp .webp
text/xul .xul
"""


def _table(text):
    for line in text.strip().splitlines():
        kind, *extensions = line.split()
        for ext in extensions:
            yield ext, kind


suffix_map = dict(_SUFFIXES)
encodings_map = dict(_ENCODINGS)
types_map = dict(_table(_STANDARD))
common_types = dict(_table(_COMMON))


class MimeTypes:
    """A database of MIME types: the built-in table plus the files given."""

    def __init__(self, filenames=(), strict=True):
        if not inited:
            init()
        self.encodings_map = _ENCODINGS.copy()
        self.suffix_map = _SUFFIXES.copy()
        self.types_map = ({}, {})
        self.types_map_inv = ({}, {})
        for ext, kind in _table(_STANDARD):
            self.add_type(kind, ext, True)
        for ext, kind in _table(_COMMON):
            self.add_type(kind, ext, False)
        for name in filenames:
            self.read(name, strict)

    def add_type(self, type, ext, strict=True):
        """Maps extension ext (with its dot) to type; the type's first extension stays its preferred one."""
        self.types_map[strict][ext] = type
        known = self.types_map_inv[strict].setdefault(type, [])
        if ext not in known:
            known.append(ext)

    def guess_type(self, url, strict=True):
        """(type, encoding) of a path or URL: each None when unknown. strict leaves out
        the non-standard common types."""
        url = os.fspath(url)
        scheme, rest = urllib.parse._splittype(url)
        if scheme == "data":
            return self._data_url_type(rest)
        base, ext = posixpath.splitext(url)
        while ext.lower() in self.suffix_map:
            base, ext = posixpath.splitext(base + self.suffix_map[ext.lower()])
        encoding = self.encodings_map.get(ext, self.encodings_map.get(ext.lower()))
        if encoding is not None:
            base, ext = posixpath.splitext(base)
        ext = ext.lower()
        strict_types, other_types = self.types_map[True], self.types_map[False]
        for table in (strict_types,) if strict else (strict_types, other_types):
            if ext in table:
                return table[ext], encoding
        return None, encoding

    @staticmethod
    def _data_url_type(rest):
        comma = rest.find(",")
        if comma < 0:
            return None, None
        kind = rest[:comma].split(";", 1)[0]
        if "=" in kind or "/" not in kind:
            kind = "text/plain"
        return kind, None

    def guess_all_extensions(self, type, strict=True):
        """Every extension known for type, the preferred one first."""
        type = type.lower()
        found = list(self.types_map_inv[True].get(type, []))
        if not strict:
            found += [ext for ext in self.types_map_inv[False].get(type, []) if ext not in found]
        return found

    def guess_extension(self, type, strict=True):
        """The preferred extension of type, or None."""
        found = self.guess_all_extensions(type, strict)
        return found[0] if found else None

    def read(self, filename, strict=True):
        """Adds the types of a mime.types file."""
        with open(filename, encoding="utf-8") as fp:
            self.readfp(fp, strict)

    def readfp(self, fp, strict=True):
        """Adds the types of an open mime.types file: 'type ext ext...' lines, '#' comments."""
        for line in fp:
            words = line.split("#", 1)[0].split()
            for ext in words[1:]:
                self.add_type(words[0], "." + ext, strict)


def _shared():
    if _db is None:
        init()
    return _db


def guess_type(url, strict=True):
    """(type, encoding) of a path or URL, from the shared database."""
    return _shared().guess_type(url, strict)


def guess_all_extensions(type, strict=True):
    """Every extension the shared database knows for type."""
    return _shared().guess_all_extensions(type, strict)


def guess_extension(type, strict=True):
    """The preferred extension of type in the shared database, or None."""
    return _shared().guess_extension(type, strict)


def add_type(type, ext, strict=True):
    """Adds a mapping to the shared database."""
    return _shared().add_type(type, ext, strict)


def init(files=None):
    """Builds the shared database from the built-in table and the files given (by
    default the system's knownfiles that exist)."""
    global suffix_map, types_map, encodings_map, common_types, inited, _db
    inited = True
    if files is None or _db is None:
        db = MimeTypes()
        files = knownfiles + list(files) if files else knownfiles
    else:
        db = _db
    for name in files:
        if os.path.isfile(name):
            db.read(name)
    encodings_map = db.encodings_map
    suffix_map = db.suffix_map
    types_map = db.types_map[True]
    common_types = db.types_map[False]
    _db = db


def read_mime_types(file):
    """The extension -> type map of one mime.types file, or None if it cannot be read."""
    try:
        fp = open(file, encoding="utf-8")
    except OSError:
        return None
    with fp:
        db = MimeTypes()
        db.readfp(fp, True)
        return db.types_map[True]
