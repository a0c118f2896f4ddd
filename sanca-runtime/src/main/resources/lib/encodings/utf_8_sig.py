"""UTF-8 with a signature: encoding writes the UTF-8 byte order mark first, decoding skips one."""
import codecs
from codecs import (IncrementalEncoder as _Encoder, IncrementalDecoder as _Decoder,
                    BufferedIncrementalDecoder as _Buffered, StreamWriter as _Writer,
                    StreamReader as _Reader)

_MARK = codecs.BOM_UTF8


def _utf8(text, errors):
    return codecs.utf_8_encode(text, errors)[0]


def encode(input, errors="strict"):
    data, consumed = codecs.utf_8_encode(input, errors)
    return _MARK + data, consumed


def decode(input, errors="strict"):
    skip = 3 if input[:3] == _MARK else 0
    text, consumed = codecs.utf_8_decode(input[skip:], errors, True)
    return text, consumed + skip


class IncrementalEncoder(_Encoder):
    def __init__(self, errors="strict"):
        super().__init__(errors)
        self.first = 1

    def encode(self, input, final=False):
        if self.first:
            self.first = 0
            return _MARK + _utf8(input, self.errors)
        return _utf8(input, self.errors)

    def reset(self):
        super().reset()
        self.first = 1

    def getstate(self):
        return self.first

    def setstate(self, state):
        self.first = state


class IncrementalDecoder(_Buffered):
    def __init__(self, errors="strict"):
        super().__init__(errors)
        self.first = 1

    def _buffer_decode(self, input, errors, final):
        if self.first:
            if len(input) < 3 and _MARK.startswith(input):
                return "", 0
            self.first = 0
            if input[:3] == _MARK:
                text, consumed = codecs.utf_8_decode(input[3:], errors, final)
                return text, consumed + 3
        text, used = codecs.utf_8_decode(input, errors, final)
        return text, used

    def reset(self):
        super().reset()
        self.first = 1

    def getstate(self):
        state = super().getstate()
        return (state[0], self.first)

    def setstate(self, state):
        super().setstate(state)
        self.first = state[1]


class StreamWriter(_Writer):
    def reset(self):
        super().reset()
        try:
            del self.encode
        except AttributeError:
            pass

    def encode(self, input, errors="strict"):
        self.encode = codecs.utf_8_encode  # the mark is written once
        return encode(input, errors)


class StreamReader(_Reader):
    def reset(self):
        super().reset()
        try:
            del self.decode
        except AttributeError:
            pass

    def decode(self, input, errors="strict"):
        if len(input) < 3 and _MARK.startswith(input):
            return "", 0
        self.decode = codecs.utf_8_decode  # the mark is skipped once
        if input[:3] == _MARK:
            text, consumed = codecs.utf_8_decode(input[3:], errors)
            return text, consumed + 3
        text, used = codecs.utf_8_decode(input, errors)
        return text, used


def getregentry():
    return codecs.CodecInfo(name="utf-8-sig", encode=encode, decode=decode,
                            incrementalencoder=IncrementalEncoder, incrementaldecoder=IncrementalDecoder,
                            streamreader=StreamReader, streamwriter=StreamWriter)
