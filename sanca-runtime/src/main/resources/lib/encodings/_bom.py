"""The classes of the UTF-16 and UTF-32 codecs, which write a byte order mark first and read
the byte order from the one they find."""

import codecs
from codecs import (IncrementalEncoder as _Encoder, IncrementalDecoder as _Decoder,
                    BufferedIncrementalDecoder as _Buffered, StreamWriter as _Writer,
                    StreamReader as _Reader)
import sys


def define(ns, name, encode, encode_le, encode_be, ex_decode, decode_le, decode_be):
    """Defines the codec module names in namespace ns for the byte-order-marked codec name."""
    little = sys.byteorder == "little"

    def decode(input, errors="strict"):
        return ex_decode(input, errors, 0, True)[:2]

    class IncrementalEncoder(_Encoder):
        def __init__(self, errors="strict"):
            super().__init__(errors)
            self.encoder = None

        def encode(self, input, final=False):
            if self.encoder is None:
                data = encode(input, self.errors)[0]
                self.encoder = encode_le if little else encode_be
                return data
            data, _ = self.encoder(input, self.errors)
            return data

        def reset(self):
            super().reset()
            self.encoder = None

        def getstate(self):
            return 2 if self.encoder is None else 0

        def setstate(self, state):
            if state:
                self.encoder = None
            else:
                self.encoder = encode_le if little else encode_be

    class IncrementalDecoder(_Buffered):
        def __init__(self, errors="strict"):
            super().__init__(errors)
            self.decoder = None

        def _buffer_decode(self, input, errors, final):
            if self.decoder is None:
                text, consumed, order = ex_decode(input, errors, 0, final)
                if order == -1:
                    self.decoder = decode_le
                elif order == 1:
                    self.decoder = decode_be
                elif consumed >= (2 if name == "utf-16" else 4):
                    raise UnicodeError("%s stream does not start with BOM" % name.upper())
                return text, consumed
            text, used = self.decoder(input, self.errors, final)
            return text, used

        def reset(self):
            super().reset()
            self.decoder = None

        def getstate(self):
            state = super().getstate()[0]
            if self.decoder is None:
                return (state, 2)
            native = (self.decoder is decode_be) != little
            return (state, int(not native))

        def setstate(self, state):
            super().setstate(state)
            order = state[1]
            if order == 0:
                self.decoder = decode_le if little else decode_be
            elif order == 1:
                self.decoder = decode_be if little else decode_le
            else:
                self.decoder = None

    class StreamWriter(_Writer):
        def __init__(self, stream, errors="strict"):
            super().__init__(stream, errors)
            self.encoder = None

        def reset(self):
            super().reset()
            self.encoder = None

        def encode(self, input, errors="strict"):
            if self.encoder is None:
                result = encode(input, errors)
                self.encoder = encode_le if little else encode_be
                return result
            data, used = self.encoder(input, errors)
            return data, used

    class StreamReader(_Reader):
        def reset(self):
            super().reset()
            try:
                del self.decode
            except AttributeError:
                pass

        def decode(self, input, errors="strict"):
            text, consumed, order = ex_decode(input, errors, 0, False)
            if order == -1:
                self.decode = decode_le
            elif order == 1:
                self.decode = decode_be
            elif consumed >= (2 if name == "utf-16" else 4):
                raise UnicodeError("%s stream does not start with BOM" % name.upper())
            return text, consumed

    module = ns["__name__"]
    for cls in (IncrementalEncoder, IncrementalDecoder, StreamWriter, StreamReader):
        cls.__module__ = module
        cls.__qualname__ = cls.__name__

    def getregentry():
        return codecs.CodecInfo(name=name, encode=encode, decode=decode,
                                incrementalencoder=IncrementalEncoder, incrementaldecoder=IncrementalDecoder,
                                streamreader=StreamReader, streamwriter=StreamWriter)

    ns.update(encode=encode, decode=decode, IncrementalEncoder=IncrementalEncoder,
              IncrementalDecoder=IncrementalDecoder, StreamWriter=StreamWriter,
              StreamReader=StreamReader, getregentry=getregentry)
