"""UUID objects (RFC 4122) and the uuid1, uuid3, uuid4 and uuid5 generators: the `uuid` module of
Python 3.12, written for Sanca.

A UUID holds one 128-bit integer; its other forms (hex, bytes, the six RFC fields, the URN) are
computed from it. The node of uuid1() is a random 48-bit number with the multicast bit set, as
RFC 4122 section 4.5 allows when no hardware address is to be read."""

import os
from enum import Enum

RESERVED_NCS = 'reserved for NCS compatibility'
RFC_4122 = 'specified in RFC 4122'
RESERVED_MICROSOFT = 'reserved for Microsoft compatibility'
RESERVED_FUTURE = 'reserved for future definition'

int_ = int
bytes_ = bytes

# (name, width in bits) of the six fields, most significant first
_FIELDS = ((32, 'field 1 out of range (need a 32-bit value)'),
           (16, 'field 2 out of range (need a 16-bit value)'),
           (16, 'field 3 out of range (need a 16-bit value)'),
           (8, 'field 4 out of range (need an 8-bit value)'),
           (8, 'field 5 out of range (need an 8-bit value)'),
           (48, 'field 6 out of range (need a 48-bit value)'))


class SafeUUID(Enum):
    """Whether a time-based UUID was made in a way safe for multiprocessing."""
    safe = 0
    unsafe = -1
    unknown = None


def _int_from_fields(fields):
    if len(fields) != 6:
        raise ValueError('fields is not a 6-tuple')
    value = 0
    for field, (width, message) in zip(fields, _FIELDS):
        if not 0 <= field < 1 << width:
            raise ValueError(message)
        value = value << width | field
    return value


class UUID:
    """An immutable universally unique identifier.

    Make one from exactly one of: hex (32 hex digits, with or without braces, hyphens and a
    'urn:uuid:' prefix), bytes (16 bytes, big-endian), bytes_le (16 bytes with the first three
    fields little-endian), fields (a 6-tuple of the RFC fields) or int (a 128-bit integer).
    version, when given, overwrites the variant and version bits as RFC 4122 lays them out."""

    __slots__ = 'int', 'is_safe', '__weakref__'

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None, int=None, version=None, *,
                 is_safe=SafeUUID.unknown):
        given = [hex, bytes, bytes_le, fields, int].count(None)
        if given != 4:
            raise TypeError('one of the hex, bytes, bytes_le, fields, or int arguments must be given')
        if hex is not None:
            digits = hex.replace('urn:', '').replace('uuid:', '').strip('{}').replace('-', '')
            if len(digits) != 32:
                raise ValueError('badly formed hexadecimal UUID string')
            int = int_(digits, 16)
        elif bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError('bytes_le is not a 16-char string')
            bytes = bytes_le[3::-1] + bytes_le[5:3:-1] + bytes_le[7:5:-1] + bytes_le[8:]
        if bytes is not None:
            if len(bytes) != 16:
                raise ValueError('bytes is not a 16-char string')
            if not isinstance(bytes, bytes_):
                raise AssertionError(repr(bytes))
            int = int_.from_bytes(bytes, 'big')
        elif fields is not None:
            int = _int_from_fields(fields)
        if not 0 <= int < 1 << 128:
            raise ValueError('int is out of range (need a 128-bit value)')
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError('illegal version number')
            int = (int & ~(0xc000 << 48)) | (0x8000 << 48)
            int = (int & ~(0xf000 << 64)) | (version << 76)
        for slot, value in (('int', int), ('is_safe', is_safe)):
            object.__setattr__(self, slot, value)

    def __getstate__(self):
        state = {'int': self.int}
        if self.is_safe is not SafeUUID.unknown:
            state['is_safe'] = self.is_safe.value
        return state

    def __setstate__(self, state):
        safety = SafeUUID(state['is_safe']) if 'is_safe' in state else SafeUUID.unknown
        for slot, value in (('int', state['int']), ('is_safe', safety)):
            object.__setattr__(self, slot, value)

    def __eq__(self, other):
        if isinstance(other, UUID):
            return self.int == other.int
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, UUID):
            return self.int < other.int
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, UUID):
            return self.int > other.int
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, UUID):
            return self.int <= other.int
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, UUID):
            return self.int >= other.int
        return NotImplemented

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __repr__(self):
        return f'{self.__class__.__name__}({str(self)!r})'

    def __setattr__(self, attr, value):
        raise TypeError('UUID objects are immutable')

    def __str__(self):
        h = '%032x' % self.int
        return f'{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}'

    @property
    def bytes(self):
        return self.int.to_bytes(16, 'big')

    @property
    def bytes_le(self):
        b = self.bytes
        return b[3::-1] + b[5:3:-1] + b[7:5:-1] + b[8:]

    @property
    def fields(self):
        return (self.time_low, self.time_mid, self.time_hi_version, self.clock_seq_hi_variant, self.clock_seq_low,
                self.node)

    @property
    def time_low(self):
        return self.int >> 96

    @property
    def time_mid(self):
        return self.int >> 80 & 0xffff

    @property
    def time_hi_version(self):
        return self.int >> 64 & 0xffff

    @property
    def clock_seq_hi_variant(self):
        return self.int >> 56 & 0xff

    @property
    def clock_seq_low(self):
        return self.int >> 48 & 0xff

    @property
    def time(self):
        return ((self.time_hi_version & 0x0fff) << 48) | (self.time_mid << 32) | self.time_low

    @property
    def clock_seq(self):
        return ((self.clock_seq_hi_variant & 0x3f) << 8) | self.clock_seq_low

    @property
    def node(self):
        return self.int & (1 << 48) - 1

    @property
    def hex(self):
        return '%032x' % self.int

    @property
    def urn(self):
        return 'urn:uuid:' + str(self)

    @property
    def variant(self):
        top = self.int >> 61
        if not top & 0b100:
            return RESERVED_NCS
        if not top & 0b010:
            return RFC_4122
        if not top & 0b001:
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        if self.variant == RFC_4122:
            return self.int >> 76 & 0xf
        return None


_node = None


def getnode():
    """Return this machine's 48-bit node number (here a random one with the multicast bit
    set, fixed for the life of the process)."""
    global _node
    if _node is None:
        _node = int.from_bytes(os.urandom(6), 'big') | (1 << 40)
    return _node


_last_timestamp = None


def uuid1(node=None, clock_seq=None):
    """A UUID from the current time, a clock sequence (random unless given) and node (getnode() unless given)."""
    global _last_timestamp
    import time
    nanoseconds = time.time_ns()
    # 100-ns intervals since the Gregorian reform, 1582-10-15
    ticks = nanoseconds // 100 + 0x01b21dd213814000
    if _last_timestamp is not None:
        ticks = max(ticks, _last_timestamp + 1)
    _last_timestamp = ticks
    if clock_seq is None:
        clock_seq = int.from_bytes(os.urandom(2), 'big') & 0x3fff
    if node is None:
        node = getnode()
    fields = (ticks & 0xffffffff, ticks >> 32 & 0xffff, ticks >> 48 & 0x0fff, clock_seq >> 8 & 0x3f, clock_seq & 0xff, node)
    return UUID(fields=fields, version=1)


def _name_bytes(name):
    return bytes(name, 'utf-8') if isinstance(name, str) else name


def uuid3(namespace, name):
    """A UUID from the MD5 hash of a namespace UUID and a name (str or bytes)."""
    from hashlib import md5
    digest = md5(namespace.bytes + _name_bytes(name), usedforsecurity=False).digest()
    return UUID(version=3, bytes=digest[:16])


def uuid4():
    """A random UUID."""
    return UUID(version=4, bytes=os.urandom(16))


def uuid5(namespace, name):
    """A UUID from the SHA-1 hash of a namespace UUID and a name (str or bytes)."""
    from hashlib import sha1
    digest = sha1(namespace.bytes + _name_bytes(name), usedforsecurity=False).digest()
    return UUID(version=5, bytes=digest[:16])


# The name spaces of RFC 4122 appendix C: they differ only in the last digit of time_low.
NAMESPACE_DNS, NAMESPACE_URL, NAMESPACE_OID, NAMESPACE_X500 = (
    UUID(int=(0x6ba7b810 + k) << 96 | 0x9dad11d180b400c04fd430c8) for k in (0, 1, 2, 4))
