"""Codec registry, base classes for codecs, and helpers for encoding and decoding streams.

Sanca's own implementation of the module CPython documents as ``codecs``; the registry and the
builtin codecs themselves live in the native ``_codecs`` module.
"""

import builtins
import sys

from _codecs import (register, unregister, lookup, encode, decode, register_error, lookup_error,
                     _forget_codec, utf_8_encode, utf_8_decode, utf_16_encode, utf_16_decode,
                     utf_16_le_encode, utf_16_le_decode, utf_16_be_encode, utf_16_be_decode,
                     utf_16_ex_decode, utf_32_encode, utf_32_decode, utf_32_le_encode,
                     utf_32_le_decode, utf_32_be_encode, utf_32_be_decode, utf_32_ex_decode,
                     latin_1_encode, latin_1_decode, ascii_encode, ascii_decode, charmap_encode,
                     charmap_decode, charmap_build, unicode_escape_encode, unicode_escape_decode,
                     raw_unicode_escape_encode, raw_unicode_escape_decode, escape_encode,
                     escape_decode, readbuffer_encode)

__all__ = ["register", "lookup", "open", "EncodedFile", "BOM", "BOM_BE", "BOM_LE", "BOM32_BE",
           "BOM32_LE", "BOM64_BE", "BOM64_LE", "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE",
           "BOM_UTF16_BE", "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE", "CodecInfo", "Codec",
           "IncrementalEncoder", "IncrementalDecoder", "StreamReader", "StreamWriter",
           "StreamReaderWriter", "StreamRecoder", "getencoder", "getdecoder",
           "getincrementalencoder", "getincrementaldecoder", "getreader", "getwriter",
           "encode", "decode", "iterencode", "iterdecode", "strict_errors", "ignore_errors",
           "replace_errors", "xmlcharrefreplace_errors", "backslashreplace_errors",
           "namereplace_errors", "register_error", "lookup_error"]

BOM_UTF8 = b"\xef\xbb\xbf"
BOM_UTF16_LE = BOM_LE = b"\xff\xfe"
BOM_UTF16_BE = BOM_BE = b"\xfe\xff"
BOM_UTF32_LE = b"\xff\xfe\x00\x00"
BOM_UTF32_BE = b"\x00\x00\xfe\xff"
if sys.byteorder == "little":
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE
BOM32_LE, BOM32_BE = BOM_UTF16_LE, BOM_UTF16_BE
BOM64_LE, BOM64_BE = BOM_UTF32_LE, BOM_UTF32_BE

for _handler in ("strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace", "namereplace"):
    globals()[_handler + "_errors"] = lookup_error(_handler)
del _handler


class CodecInfo(tuple):
    """The functions and classes of one codec, as lookup() returns them."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None, incrementalencoder=None,
                incrementaldecoder=None, name=None, *, _is_text_encoding=None):
        info = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        info.__dict__.update(name=name, encode=encode, decode=decode, streamreader=streamreader,
                             streamwriter=streamwriter, incrementalencoder=incrementalencoder,
                             incrementaldecoder=incrementaldecoder)
        if _is_text_encoding is not None:
            info._is_text_encoding = bool(_is_text_encoding)
        return info

    def __repr__(self):
        cls = type(self)
        return "<%s.%s object for encoding %s at %#x>" % (cls.__module__, cls.__qualname__,
                                                          self.name, id(self))

    def __getnewargs__(self):
        return tuple(self)


class Codec:
    """The stateless encoder and decoder interface."""

    def encode(self, input, errors="strict"):
        raise NotImplementedError

    def decode(self, input, errors="strict"):
        raise NotImplementedError


class IncrementalEncoder:
    """Encodes its input in pieces, keeping what a piece leaves pending."""

    def __init__(self, errors="strict"):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class BufferedIncrementalEncoder(IncrementalEncoder):
    """An incremental encoder that keeps unencoded input between calls."""

    def __init__(self, errors="strict"):
        IncrementalEncoder.__init__(self, errors)
        self.buffer = ""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        data = self.buffer + input
        result, used = self._buffer_encode(data, self.errors, final)
        self.buffer = data[used:]
        return result

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ""

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ""


class IncrementalDecoder:
    """Decodes its input in pieces, keeping incomplete sequences for the next call."""

    def __init__(self, errors="strict"):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An incremental decoder that keeps undecoded bytes between calls."""

    def __init__(self, errors="strict"):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        result, used = self._buffer_decode(data, self.errors, final)
        self.buffer = data[used:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


def _ends_line(text):
    return len(text.splitlines()[0]) != len(text)


def _forward(part, method):
    """A method that calls the same method of self.reader or self.writer."""
    def forward(self, *args):
        return getattr(getattr(self, part), method)(*args)
    forward.__name__ = method
    return forward


class _Wrapper:
    """What the stream classes share: unknown attributes come from the wrapped stream, leaving a
    with block closes it, seeking resets the coding state, and they cannot be pickled."""

    def __getattr__(self, attr, getattr=getattr):
        return getattr(self.stream, attr)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.stream.close()

    def __reduce_ex__(self, proto):
        raise TypeError(f"can't serialize {type(self).__name__}")

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self._rewound(offset == 0 and whence == 0)

    def _rewound(self, at_start):
        if at_start:
            self.reset()


class StreamWriter(Codec, _Wrapper):
    """Writes text to a binary stream through the codec's encoder."""

    def __init__(self, stream, errors="strict"):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        self.stream.write(self.encode(object, self.errors)[0])

    def writelines(self, list):
        self.write("".join(list))

    def reset(self):
        pass


class StreamReader(Codec, _Wrapper):
    """Reads text from a binary stream through the codec's decoder."""

    charbuffertype = str

    def __init__(self, stream, errors="strict"):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b""
        self.charbuffer = self.charbuffertype()
        self.linebuffer = None

    def decode(self, input, errors="strict"):
        raise NotImplementedError

    def _fill(self, size):
        """Reads size bytes (all with a negative size) and decodes what it can; false at the end."""
        raw = self.stream.read() if size < 0 else self.stream.read(size)
        pending = self.bytebuffer + raw
        if not pending:
            return False
        text, used = self.decode(pending, self.errors)
        self.bytebuffer = pending[used:]
        self.charbuffer += text
        return bool(raw)

    def read(self, size=-1, chars=-1, firstline=False):
        want = size if chars < 0 else chars
        while want < 0 or len(self.charbuffer) < want:
            if not self._fill(size):
                break
        if want < 0:
            result = self.charbuffer
        else:
            result = self.charbuffer[:want]
        self.charbuffer = self.charbuffer[len(result):]
        return result

    def readline(self, size=None, keepends=True):
        limited = size is not None and size >= 0
        step = size if limited else 72
        while True:
            parts = self.charbuffer.splitlines(True)
            complete = len(parts) > 1 or (parts and _ends_line(parts[0]) and parts[0][-1] != "\r")
            if complete or not self._fill(step) or limited:
                break
            step = min(step * 2, 8000)
        parts = self.charbuffer.splitlines(True)
        if not parts:
            return self.charbuffertype()
        first = parts[0]
        self.charbuffer = self.charbuffer[len(first):]
        return first if keepends else first.splitlines()[0]

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self.bytebuffer = b""
        self.charbuffer = self.charbuffertype()
        self.linebuffer = None

    def _rewound(self, at_start):
        self.reset()

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __iter__(self):
        return self


class StreamReaderWriter(_Wrapper):
    """Reads and writes one stream through a codec's reader and writer."""

    encoding = "unknown"

    def __init__(self, stream, Reader, Writer, errors="strict"):
        self.stream = stream
        self.reader, self.writer = Reader(stream, errors), Writer(stream, errors)
        self.errors = errors

    read = _forward("reader", "read")
    readline = _forward("reader", "readline")
    readlines = _forward("reader", "readlines")
    write = _forward("writer", "write")
    writelines = _forward("writer", "writelines")

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def _rewound(self, at_start):
        self.reader.reset()
        if at_start:
            self.writer.reset()


class StreamRecoder(_Wrapper):
    """Recodes data between two encodings: the frontend's and the stream's."""

    data_encoding = "unknown"
    file_encoding = "unknown"

    def __init__(self, stream, encode, decode, Reader, Writer, errors="strict"):
        self.stream = stream
        self.encode, self.decode = encode, decode
        self.reader, self.writer = Reader(stream, errors), Writer(stream, errors)
        self.errors = errors

    def _out(self, text):
        return self.encode(text, self.errors)[0]

    def read(self, size=-1):
        return self._out(self.reader.read(size))

    def readline(self, size=None):
        return self._out(self.reader.readline() if size is None else self.reader.readline(size))

    def readlines(self, sizehint=None):
        return self._out(self.reader.read()).splitlines(True)

    def __next__(self):
        return self._out(next(self.reader))

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(self.decode(data, self.errors)[0])

    def writelines(self, list):
        return self.write(b"".join(list))

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def _rewound(self, at_start):
        self.reset()


def open(filename, mode="r", encoding=None, errors="strict", buffering=-1):
    """Opens a file in binary mode and returns a StreamReaderWriter that codes it with encoding."""
    if encoding is not None and "b" not in mode:
        mode = mode + "b"
    raw = builtins.open(filename, mode, buffering)
    if encoding is None:
        return raw
    try:
        info = lookup(encoding)
        wrapped = StreamReaderWriter(raw, info[2], info[3], errors)
    except BaseException:
        raw.close()
        raise
    wrapped.encoding = encoding
    return wrapped


def EncodedFile(file, data_encoding, file_encoding=None, errors="strict"):
    """Wraps file so that data written in data_encoding is stored in file_encoding and back."""
    if file_encoding is None:
        file_encoding = data_encoding
    outer, inner = lookup(data_encoding), lookup(file_encoding)
    recoder = StreamRecoder(file, outer.encode, outer.decode, inner[2], inner[3], errors)
    recoder.data_encoding, recoder.file_encoding = data_encoding, file_encoding
    return recoder


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def _incremental(encoding, kind):
    found = getattr(lookup(encoding), kind)
    if found is None:
        raise LookupError(encoding)
    return found


def getincrementalencoder(encoding):
    return _incremental(encoding, "incrementalencoder")


def getincrementaldecoder(encoding):
    return _incremental(encoding, "incrementaldecoder")


def getreader(encoding):
    return lookup(encoding)[2]


def getwriter(encoding):
    return lookup(encoding)[3]


def iterencode(iterator, encoding, errors="strict", **kwargs):
    """Encodes the strings iterator yields, yielding the non-empty results."""
    coder = getincrementalencoder(encoding)(errors, **kwargs)
    for piece in iterator:
        out = coder.encode(piece)
        if out:
            yield out
    out = coder.encode("", True)
    if out:
        yield out


def iterdecode(iterator, encoding, errors="strict", **kwargs):
    """Decodes the bytes iterator yields, yielding the non-empty results."""
    coder = getincrementaldecoder(encoding)(errors, **kwargs)
    for piece in iterator:
        out = coder.decode(piece)
        if out:
            yield out
    out = coder.decode(b"", True)
    if out:
        yield out


def make_identity_dict(rng):
    return {i: i for i in rng}


def make_encoding_map(decoding_map):
    """The reverse of decoding_map; targets reached from several keys map to None."""
    reverse = {}
    for key, value in decoding_map.items():
        if value in reverse:
            reverse[value] = None
        else:
            reverse[value] = key
    return reverse
