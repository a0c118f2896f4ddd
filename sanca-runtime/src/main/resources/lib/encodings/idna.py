"""The idna codec (RFC 3490): domain names whose labels are Unicode, written as ASCII with each
non-ASCII label nameprepped and punycoded behind the "xn--" prefix."""

import codecs
import re
import unicodedata

_DOTS = re.compile("[\u002e\u3002\uff0e\uff61]")
_ACE = b"xn--"
_ACE_STR = "xn--"
# Characters nameprep removes (RFC 3454 table B.1).
_REMOVED = dict.fromkeys(map(ord, "\u00ad\u034f\u1806\u180b\u180c\u180d\u200b\u200c\u200d\u2060"
                                  "\ufe00\ufe01\ufe02\ufe03\ufe04\ufe05\ufe06\ufe07\ufe08\ufe09"
                                  "\ufe0a\ufe0b\ufe0c\ufe0d\ufe0e\ufe0f\ufeff"))


def nameprep(label):
    """Maps label as nameprep does: removes the ignorable characters, folds case, applies NFKC
    (Unicode 3.2), and rejects what the profile prohibits."""
    label = label.translate(_REMOVED).casefold()
    label = unicodedata.ucd_3_2_0.normalize("NFKC", label)
    for c in label:
        cat = unicodedata.ucd_3_2_0.category(c)
        if cat in ("Cc", "Cs", "Co", "Cn") or c in "\u0340\u0341\u200e\u200f" or \
                (cat == "Zs" and c != " ") or "\u2ff0" <= c <= "\u2ffb" or "\ufff9" <= c <= "\ufffd":
            raise UnicodeError("Invalid character %r" % c)
    return label


def _ascii_label(label):
    """label as ASCII bytes when it is all ASCII (and of a length DNS allows), else None."""
    try:
        data = label.encode("ascii")
    except UnicodeError:
        return None
    if 0 < len(data) < 64:
        return data
    raise UnicodeError("label empty or too long")


def ToASCII(label):
    data = _ascii_label(label)
    if data is not None:
        return data
    label = nameprep(label)
    data = _ascii_label(label)
    if data is not None:
        return data
    if label.startswith(_ACE_STR):
        raise UnicodeError("Label starts with ACE prefix")
    data = _ACE + label.encode("punycode")
    if 0 < len(data) < 64:
        return data
    raise UnicodeError("label empty or too long")


def ToUnicode(label):
    if len(label) > 1024:
        raise UnicodeError("label way too long")
    if isinstance(label, bytes):
        ascii_only = True
    else:
        try:
            label = label.encode("ascii")
            ascii_only = True
        except UnicodeError:
            ascii_only = False
    if not ascii_only:
        label = nameprep(label)
        try:
            label = label.encode("ascii")
        except UnicodeError:
            raise UnicodeError("Invalid character in IDN label")
    if not label[:4].lower() == _ACE:
        return str(label, "ascii")
    result = label[4:].decode("punycode")
    back = ToASCII(result)
    if str(label, "ascii").lower() != str(back, "ascii"):
        raise UnicodeError("IDNA does not round-trip", label, back)
    return result


def _split(text):
    labels = _DOTS.split(text)
    trailing = ""
    if labels and not labels[-1]:
        trailing = "."
        del labels[-1]
    return labels, trailing


class Codec(codecs.Codec):
    def encode(self, input, errors="strict"):
        if errors != "strict":
            raise UnicodeError("unsupported error handling " + errors)
        if not input:
            return b"", 0
        try:
            result = input.encode("ascii")
        except UnicodeEncodeError:
            pass
        else:
            labels = result.split(b".")
            for label in labels[:-1] if labels[-1] == b"" else labels:
                if not 0 < len(label) < 64:
                    raise UnicodeError("label empty or too long")
            if len(labels[-1]) >= 64:
                raise UnicodeError("label too long")
            return result, len(input)
        labels, trailing = _split(input)
        out = b".".join(ToASCII(label) for label in labels)
        return out + trailing.encode("ascii"), len(input)

    def decode(self, input, errors="strict"):
        if errors != "strict":
            raise UnicodeError("Unsupported error handling " + errors)
        if not input:
            return "", 0
        if not isinstance(input, bytes):
            input = bytes(input)
        if _ACE not in input.lower():
            try:
                return input.decode("ascii"), len(input)
            except UnicodeDecodeError:
                pass
        labels = input.split(b".")
        trailing = ""
        if labels and not labels[-1]:
            trailing = "."
            del labels[-1]
        return ".".join(ToUnicode(label) for label in labels) + trailing, len(input)


def _complete_labels(labels, final):
    """The labels to convert now and whether a dot follows them: without final, the last label
    may still grow, so it waits in the buffer."""
    dot = False
    if labels and not labels[-1]:
        dot = True
        del labels[-1]
    elif labels and not final:
        del labels[-1]
        dot = bool(labels)
    return labels, dot


class IncrementalEncoder(codecs.BufferedIncrementalEncoder):
    def _buffer_encode(self, input, errors, final):
        if errors != "strict":
            raise UnicodeError("unsupported error handling " + errors)
        if not input:
            return b"", 0
        labels, dot = _complete_labels(_DOTS.split(input), final)
        size = sum(len(label) for label in labels) + max(len(labels) - 1, 0) + dot
        return b".".join(ToASCII(label) for label in labels) + (b"." if dot else b""), size


class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
    def _buffer_decode(self, input, errors, final):
        if errors != "strict":
            raise UnicodeError("Unsupported error handling " + errors)
        if not input:
            return "", 0
        text = str(input, "ascii") if isinstance(input, (bytes, bytearray)) else input
        labels, dot = _complete_labels(_DOTS.split(text), final)
        size = sum(len(label) for label in labels) + max(len(labels) - 1, 0) + dot
        return ".".join(ToUnicode(label) for label in labels) + ("." if dot else ""), size


class StreamWriter(Codec, codecs.StreamWriter):
    pass


class StreamReader(Codec, codecs.StreamReader):
    pass


def getregentry():
    return codecs.CodecInfo(name="idna", encode=Codec().encode, decode=Codec().decode,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder,
                            streamwriter=StreamWriter, streamreader=StreamReader)
