"""The punycode codec (RFC 3492): Unicode text as ASCII, the basic characters first, then the
others as generalized variable-length integers."""

import codecs

_BASE, _TMIN, _TMAX, _SKEW, _DAMP = 36, 1, 26, 38, 700
_INITIAL_BIAS, _INITIAL_N = 72, 0x80
_DIGITS = b"abcdefghijklmnopqrstuvwxyz0123456789"


def _adapt(delta, count, first):
    delta = delta // _DAMP if first else delta // 2
    delta += delta // count
    k = 0
    while delta > ((_BASE - _TMIN) * _TMAX) // 2:
        delta //= _BASE - _TMIN
        k += _BASE
    return k + (_BASE - _TMIN + 1) * delta // (delta + _SKEW)


def _threshold(k, bias):
    return min(max(k - bias, _TMIN), _TMAX)


def punycode_encode(text):
    basic = bytes(ord(c) for c in text if ord(c) < 0x80)
    out = bytearray(basic)
    if basic:
        out += b"-"
    n, delta, bias = _INITIAL_N, 0, _INITIAL_BIAS
    handled = len(basic)
    codes = [ord(c) for c in text]
    while handled < len(codes):
        m = min(c for c in codes if c >= n)
        delta += (m - n) * (handled + 1)
        n = m
        for c in codes:
            if c < n:
                delta += 1
            elif c == n:
                q = delta
                k = _BASE
                while True:
                    t = _threshold(k, bias)
                    if q < t:
                        break
                    out.append(_DIGITS[t + (q - t) % (_BASE - t)])
                    q = (q - t) // (_BASE - t)
                    k += _BASE
                out.append(_DIGITS[q])
                bias = _adapt(delta, handled + 1, handled == len(basic))
                delta = 0
                handled += 1
        delta += 1
        n += 1
    return bytes(out)


def _digit(byte, errors):
    if 0x41 <= byte <= 0x5A:
        return byte - 0x41
    if 0x61 <= byte <= 0x7A:
        return byte - 0x61
    if 0x30 <= byte <= 0x39:
        return byte - 22
    if errors == "strict":
        raise UnicodeError("Invalid extended code point '%s'" % chr(byte))
    return None


def punycode_decode(data, errors):
    if isinstance(data, str):
        data = data.encode("ascii")
    data = bytes(data)
    cut = data.rfind(b"-")
    if cut < 0:
        basic, rest = "", data
    else:
        basic, rest = str(data[:cut], "ascii", errors), data[cut + 1:]
    chars = list(basic)
    n, i, bias, pos = _INITIAL_N, 0, _INITIAL_BIAS, 0
    while pos < len(rest):
        old, weight, k = i, 1, _BASE
        while True:
            if pos >= len(rest):
                if errors == "strict":
                    raise UnicodeError("incomplete punicode string")
                return "".join(chars)
            d = _digit(rest[pos], errors)
            pos += 1
            if d is None:
                return "".join(chars)
            i += d * weight
            t = _threshold(k, bias)
            if d < t:
                break
            weight *= _BASE - t
            k += _BASE
        bias = _adapt(i - old, len(chars) + 1, old == 0)
        n += i // (len(chars) + 1)
        if n > 0x10FFFF:
            if errors == "strict":
                raise UnicodeError("Invalid character U+%x" % n)
            n = ord("?")
        i %= len(chars) + 1
        chars.insert(i, chr(n))
        i += 1
    return "".join(chars)


class Codec(codecs.Codec):
    def encode(self, input, errors="strict"):
        return punycode_encode(input), len(input)

    def decode(self, input, errors="strict"):
        if errors not in ("strict", "replace", "ignore"):
            raise UnicodeError("Unsupported error handling " + errors)
        return punycode_decode(input, errors), len(input)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return punycode_encode(input)


class IncrementalDecoder(codecs.IncrementalDecoder):
    def decode(self, input, final=False):
        if self.errors not in ("strict", "replace", "ignore"):
            raise UnicodeError("Unsupported error handling " + self.errors)
        return punycode_decode(input, self.errors)


class StreamWriter(Codec, codecs.StreamWriter):
    pass


class StreamReader(Codec, codecs.StreamReader):
    pass


def getregentry():
    return codecs.CodecInfo(name="punycode", encode=Codec().encode, decode=Codec().decode,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder,
                            streamwriter=StreamWriter, streamreader=StreamReader)
