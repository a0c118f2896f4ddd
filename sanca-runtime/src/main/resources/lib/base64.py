"""Base16, Base32, Base64, Base85 and Ascii85 data encodings (RFC 4648, RFC 1924, Adobe's
Ascii85): the `base64` module of Python 3.12, written for Sanca. Base64 and Base16 run on
binascii; the others are coded here."""

import binascii

__all__ = [
    'encode', 'decode', 'encodebytes', 'decodebytes',
    'b64encode', 'b64decode', 'b32encode', 'b32decode', 'b32hexencode', 'b32hexdecode',
    'b16encode', 'b16decode', 'b85encode', 'b85decode', 'a85encode', 'a85decode',
    'standard_b64encode', 'standard_b64decode', 'urlsafe_b64encode', 'urlsafe_b64decode',
]

bytes_types = (bytes, bytearray)


def _bytes_from_decode_data(s):
    """The bytes of a decoder's argument: ASCII text or a bytes-like object."""
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if isinstance(s, bytes_types):
        return s
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError("argument should be a bytes-like object or ASCII string, "
                        f"not {s.__class__.__name__!r}") from None


def _bytes_arg(s):
    return s if isinstance(s, bytes_types) else memoryview(s).tobytes()


# Base64

def b64encode(s, altchars=None):
    """Encode the bytes-like object s with Base64; altchars (two bytes) replace '+' and '/'."""
    out = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        if len(altchars) != 2:
            raise AssertionError(repr(altchars))
        out = out.translate(bytes.maketrans(b'+/', altchars))
    return out


def b64decode(s, altchars=None, validate=False):
    """Decode Base64 data s (bytes-like or ASCII str). Characters outside the alphabet are
    dropped unless validate is true, which makes them (and misplaced padding) an error."""
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        if len(altchars) != 2:
            raise AssertionError(repr(altchars))
        s = s.translate(bytes.maketrans(altchars, b'+/'))
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    """Encode s with the standard Base64 alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """Decode s with the standard Base64 alphabet."""
    return b64decode(s)


def urlsafe_b64encode(s):
    """Encode s with the URL- and filesystem-safe alphabet ('-' and '_' for '+' and '/')."""
    return b64encode(s).translate(bytes.maketrans(b'+/', b'-_'))


def urlsafe_b64decode(s):
    """Decode s written with the URL- and filesystem-safe alphabet."""
    s = _bytes_from_decode_data(s)
    return b64decode(s.translate(bytes.maketrans(b'-_', b'+/')))


# Base32

_B32_ALPHABET = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32HEX_ALPHABET = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'
# Output characters kept in a final group, by the number of input bytes in it.
_B32_KEEP = {1: 2, 2: 4, 3: 5, 4: 7}
# Bytes a final group yields, by its number of padding characters.
_B32_PADDED = {0: 5, 1: 4, 3: 3, 4: 2, 6: 1}


def _b32encode(alphabet, s):
    data = _bytes_arg(s)
    out = bytearray()
    for i in range(0, len(data), 5):
        group = data[i:i + 5]
        n = int.from_bytes(group.ljust(5, b'\0'), 'big')
        chars = bytes(alphabet[(n >> shift) & 31] for shift in range(35, -1, -5))
        if len(group) < 5:
            keep = _B32_KEEP[len(group)]
            chars = chars[:keep] + b'=' * (8 - keep)
        out += chars
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        if len(map01) != 1:
            raise AssertionError(repr(map01))
        s = s.translate(bytes.maketrans(b'01', b'O' + map01))
    if casefold:
        s = s.upper()
    body = s.rstrip(b'=')
    pads = len(s) - len(body)
    values = {c: i for i, c in enumerate(alphabet)}
    out = bytearray()
    for i in range(0, len(body), 8):
        n = 0
        group = body[i:i + 8]
        for c in group:
            v = values.get(c)
            if v is None:
                raise binascii.Error('Non-base32 digit found')
            n = n << 5 | v
        out += (n << 5 * (8 - len(group))).to_bytes(5, 'big')
    if pads:
        if pads not in _B32_PADDED:
            raise binascii.Error('Incorrect padding')
        del out[len(out) - 5 + _B32_PADDED[pads]:]
    return bytes(out)


def b32encode(s):
    """Encode the bytes-like object s with Base32."""
    return _b32encode(_B32_ALPHABET, s)


def b32decode(s, casefold=False, map01=None):
    """Decode Base32 data s. casefold accepts lowercase; map01 names the letter ('I' or 'L')
    that the digit 1 stands for (0 then stands for O)."""
    return _b32decode(_B32_ALPHABET, s, casefold, map01)


def b32hexencode(s):
    """Encode s with Base32 and the extended hex alphabet (RFC 4648 section 7)."""
    return _b32encode(_B32HEX_ALPHABET, s)


def b32hexdecode(s, casefold=False):
    """Decode s written in Base32 with the extended hex alphabet."""
    return _b32decode(_B32HEX_ALPHABET, s, casefold)


# Base16

def b16encode(s):
    """Encode s with Base16 (uppercase hex)."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """Decode Base16 data s; lowercase digits only with casefold."""
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    if s.strip(b'0123456789ABCDEF'):
        raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


# Ascii85 and Base85

_A85_ALPHABET = bytes(range(33, 118))
_B85_ALPHABET = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                 b"abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")
_b85_values = None


def _encode85(b, alphabet, pad, fold_zeros=False, fold_spaces=False):
    data = _bytes_arg(b)
    short = -len(data) % 4
    data = data + b'\0' * short
    pieces = []
    for i in range(0, len(data), 4):
        word = int.from_bytes(data[i:i + 4], 'big')
        if fold_zeros and word == 0:
            pieces.append(b'z')
        elif fold_spaces and word == 0x20202020:
            pieces.append(b'y')
        else:
            digits = bytearray(5)
            for k in range(4, -1, -1):
                word, digits[k] = divmod(word, 85)
            pieces.append(bytes(alphabet[d] for d in digits))
    if short and not pad:
        last = pieces[-1]
        if last == b'z':
            last = alphabet[0:1] * 5
        pieces[-1] = last[:-short]
    return b''.join(pieces)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Encode the bytes-like object b with Ascii85.

    foldspaces writes four spaces as 'y'; wrapcol breaks lines at that width; pad keeps the
    zero padding of a final partial group; adobe adds Adobe's '<~' and '~>' framing."""
    text = _encode85(b, _A85_ALPHABET, pad, True, foldspaces)
    if adobe:
        text = b'<~' + text
    if wrapcol:
        width = max(2 if adobe else 1, wrapcol)
        lines = [text[i:i + width] for i in range(0, len(text), width)]
        if adobe and len(lines[-1]) + 2 > width:
            lines.append(b'')
        text = b'\n'.join(lines)
    if adobe:
        text += b'~>'
    return text


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    """Decode Ascii85 data b; characters in ignorechars are skipped."""
    b = _bytes_from_decode_data(b)
    if adobe:
        if not b.endswith(b'~>'):
            raise ValueError(f"Ascii85 encoded byte sequences must end with {b'~>'!r}")
        b = b[2:-2] if b.startswith(b'<~') else b[:-2]
    out = bytearray()
    group = []
    for c in b:
        if 33 <= c <= 117:
            group.append(c - 33)
            if len(group) == 5:
                _a85_word(out, group)
                group = []
        elif c == 122:
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out += b'\0\0\0\0'
        elif foldspaces and c == 121:
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out += b'    '
        elif c in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % c)
    if group:
        kept = len(group) - 1
        group += [84] * (5 - len(group))
        _a85_word(out, group)
        del out[len(out) - 4 + kept:]
    return bytes(out)


def _a85_word(out, digits):
    n = 0
    for d in digits:
        n = n * 85 + d
    if n > 0xFFFFFFFF:
        raise ValueError('Ascii85 overflow')
    out += n.to_bytes(4, 'big')


def b85encode(b, pad=False):
    """Encode the bytes-like object b with Base85 (as git and Mercurial use it)."""
    return _encode85(b, _B85_ALPHABET, pad)


def b85decode(b):
    """Decode Base85 data b."""
    global _b85_values
    if _b85_values is None:
        _b85_values = {c: i for i, c in enumerate(_B85_ALPHABET)}
    b = _bytes_from_decode_data(b)
    short = -len(b) % 5
    b = b + b'~' * short
    out = bytearray()
    for i in range(0, len(b), 5):
        n = 0
        for j, c in enumerate(b[i:i + 5]):
            v = _b85_values.get(c)
            if v is None:
                raise ValueError('bad base85 character at position %d' % (i + j))
            n = n * 85 + v
        if n > 0xFFFFFFFF:
            raise ValueError('base85 overflow in hunk starting at byte %d' % i)
        out += n.to_bytes(4, 'big')
    if short:
        del out[-short:]
    return bytes(out)


# MIME-style Base64 of whole files and of bytes, in lines of 76 characters

MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def encode(input, output):
    """Read binary file input to its end and write its Base64 to binary file output, in lines."""
    while True:
        chunk = input.read(MAXBINSIZE)
        if not chunk:
            return
        while len(chunk) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(chunk))
            if not more:
                break
            chunk += more
        output.write(binascii.b2a_base64(chunk))


def decode(input, output):
    """Read Base64 lines from binary file input and write the decoded bytes to output."""
    while True:
        line = input.readline()
        if not line:
            return
        output.write(binascii.a2b_base64(line))


def _check_bytes_like(s):
    try:
        memoryview(s)
    except TypeError:
        raise TypeError(f"expected bytes-like object, not {s.__class__.__name__}") from None
    if memoryview(s).format not in ('c', 'b', 'B') or memoryview(s).ndim != 1:
        raise TypeError(f"expected single byte elements, not {memoryview(s).format!r} from {s.__class__.__name__}")


def encodebytes(s):
    """Encode s with Base64 in lines of at most 76 characters, each ending with a newline."""
    _check_bytes_like(s)
    data = _bytes_arg(s)
    return b''.join(binascii.b2a_base64(data[i:i + MAXBINSIZE]) for i in range(0, len(data), MAXBINSIZE))


def decodebytes(s):
    """Decode Base64 lines s."""
    _check_bytes_like(s)
    return binascii.a2b_base64(s)
