"""The generic charmap codec: bytes and characters through a mapping the caller gives."""
import codecs
from codecs import (IncrementalEncoder as _Encoder, IncrementalDecoder as _Decoder,
                    BufferedIncrementalDecoder as _Buffered, StreamWriter as _Writer,
                    StreamReader as _Reader)


class Codec(codecs.Codec):
    encode = staticmethod(codecs.charmap_encode)
    decode = staticmethod(codecs.charmap_decode)


class IncrementalEncoder(_Encoder):
    def __init__(self, errors="strict", mapping=None):
        super().__init__(errors)
        self.mapping = mapping

    def encode(self, input, final=False):
        data, _ = codecs.charmap_encode(input, self.errors, self.mapping)
        return data


class IncrementalDecoder(_Decoder):
    def __init__(self, errors="strict", mapping=None):
        super().__init__(errors)
        self.mapping = mapping

    def decode(self, input, final=False):
        text, _ = codecs.charmap_decode(input, self.errors, self.mapping)
        return text


class StreamWriter(Codec, codecs.StreamWriter):
    def __init__(self, stream, errors="strict", mapping=None):
        super().__init__(stream, errors)
        self.mapping = mapping

    def encode(self, input, errors="strict"):
        return Codec.encode(input, errors, self.mapping)


class StreamReader(Codec, codecs.StreamReader):
    def __init__(self, stream, errors="strict", mapping=None):
        super().__init__(stream, errors)
        self.mapping = mapping

    def decode(self, input, errors="strict"):
        return Codec.decode(input, errors, self.mapping)


def getregentry():
    return codecs.CodecInfo(name="charmap", encode=Codec.encode, decode=Codec.decode,
                            incrementalencoder=IncrementalEncoder, incrementaldecoder=IncrementalDecoder,
                            streamwriter=StreamWriter, streamreader=StreamReader)
