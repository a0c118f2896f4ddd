"""Builds the classes of a codec module from its stateless encoder and decoder functions, the
shape most codecs in this package share."""

import codecs


def define(ns, name, encoder, decoder, buffered=True, is_text=True, final_by_default=False):
    """Defines Codec, IncrementalEncoder, IncrementalDecoder, StreamWriter, StreamReader and
    getregentry in namespace ns for the codec called name.

    encoder(input, errors) and decoder(input, errors[, final]) return (result, consumed); with
    buffered, decoder takes final and may leave an incomplete tail for the next call; with
    final_by_default, decoder's final defaults to true, so it serves as the codec's decode.
    """

    def decode_all(input, errors="strict"):
        return decoder(input, errors, True) if buffered else decoder(input, errors)

    if final_by_default or not buffered:
        decode_all = decoder

    class Codec(codecs.Codec):
        def encode(self, input, errors="strict"):
            return encoder(input, errors)

        def decode(self, input, errors="strict"):
            return decode_all(input, errors)

    class IncrementalEncoder(codecs.IncrementalEncoder):
        def encode(self, input, final=False):
            return encoder(input, self.errors)[0]

    if buffered:
        class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
            _buffer_decode = staticmethod(decoder)
    else:
        class IncrementalDecoder(codecs.IncrementalDecoder):
            def decode(self, input, final=False):
                return decoder(input, self.errors)[0]

    class StreamWriter(Codec, codecs.StreamWriter):
        pass

    class StreamReader(Codec, codecs.StreamReader):
        if buffered:
            def decode(self, input, errors="strict"):
                return decoder(input, errors, False)

    module = ns["__name__"]
    for cls in (Codec, IncrementalEncoder, IncrementalDecoder, StreamWriter, StreamReader):
        cls.__module__ = module
        cls.__qualname__ = cls.__name__

    def getregentry():
        return codecs.CodecInfo(name=name, encode=encoder, decode=decode_all,
                                incrementalencoder=IncrementalEncoder,
                                incrementaldecoder=IncrementalDecoder,
                                streamwriter=StreamWriter, streamreader=StreamReader,
                                _is_text_encoding=is_text)

    ns.update(Codec=Codec, IncrementalEncoder=IncrementalEncoder,
              IncrementalDecoder=IncrementalDecoder, StreamWriter=StreamWriter,
              StreamReader=StreamReader, getregentry=getregentry,
              encode=encoder, decode=decode_all)
