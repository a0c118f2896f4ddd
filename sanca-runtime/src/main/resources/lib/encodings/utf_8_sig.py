"""UTF-8 with a signature: encoding writes the UTF-8 byte order mark first, decoding skips one."""
import codecs

_MARK = codecs.BOM_UTF8


def encode(input, errors="strict"):
    data, consumed = codecs.utf_8_encode(input, errors)
    return _MARK + data, consumed


def decode(input, errors="strict"):
    skip = 3 if input[:3] == _MARK else 0
    text, consumed = codecs.utf_8_decode(input[skip:], errors, True)
    return text, consumed + skip


class IncrementalEncoder(codecs.IncrementalEncoder):
    def __init__(self, errors="strict"):
        codecs.IncrementalEncoder.__init__(self, errors)
        self.first = 1

    def encode(self, input, final=False):
        if self.first:
            self.first = 0
            return _MARK + codecs.utf_8_encode(input, self.errors)[0]
        return codecs.utf_8_encode(input, self.errors)[0]

    def reset(self):
        codecs.IncrementalEncoder.reset(self)
        self.first = 1

    def getstate(self):
        return self.first

    def setstate(self, state):
        self.first = state


class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
    def __init__(self, errors="strict"):
        codecs.BufferedIncrementalDecoder.__init__(self, errors)
        self.first = 1

    def _buffer_decode(self, input, errors, final):
        if self.first:
            if len(input) < 3 and _MARK.startswith(input):
                return "", 0
            self.first = 0
            if input[:3] == _MARK:
                text, consumed = codecs.utf_8_decode(input[3:], errors, final)
                return text, consumed + 3
        return codecs.utf_8_decode(input, errors, final)

    def reset(self):
        codecs.BufferedIncrementalDecoder.reset(self)
        self.first = 1

    def getstate(self):
        state = codecs.BufferedIncrementalDecoder.getstate(self)
        return (state[0], self.first)

    def setstate(self, state):
        codecs.BufferedIncrementalDecoder.setstate(self, state)
        self.first = state[1]


class StreamWriter(codecs.StreamWriter):
    def reset(self):
        codecs.StreamWriter.reset(self)
        try:
            del self.encode
        except AttributeError:
            pass

    def encode(self, input, errors="strict"):
        self.encode = codecs.utf_8_encode
        return encode(input, errors)


class StreamReader(codecs.StreamReader):
    def reset(self):
        codecs.StreamReader.reset(self)
        try:
            del self.decode
        except AttributeError:
            pass

    def decode(self, input, errors="strict"):
        if len(input) < 3 and _MARK.startswith(input):
            return "", 0
        self.decode = codecs.utf_8_decode
        if input[:3] == _MARK:
            text, consumed = codecs.utf_8_decode(input[3:], errors)
            return text, consumed + 3
        return codecs.utf_8_decode(input, errors)


def getregentry():
    return codecs.CodecInfo(name="utf-8-sig", encode=encode, decode=decode,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder,
                            streamreader=StreamReader, streamwriter=StreamWriter)
