"""IPv4 and IPv6 addresses, networks and interfaces (CPython's Lib/ipaddress.py behaviour,
messages included)."""

import functools

__version__ = '1.0'

IPV4LENGTH = 32
IPV6LENGTH = 128


class AddressValueError(ValueError):
    """An address given as text or a number is not valid."""


class NetmaskValueError(ValueError):
    """A netmask or prefix length is not valid."""


def _either(address, kind, *classes):
    for cls in classes:
        try:
            return cls(address)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 {kind}')


def ip_address(address):
    return _either(address, 'address', IPv4Address, IPv6Address)


def ip_network(address, strict=True):
    for cls in (IPv4Network, IPv6Network):
        try:
            return cls(address, strict)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 network')


def ip_interface(address):
    return _either(address, 'interface', IPv4Interface, IPv6Interface)


def v4_int_to_packed(address):
    try:
        return address.to_bytes(4, 'big')
    except OverflowError:
        raise ValueError("Address negative or too large for IPv4") from None


def v6_int_to_packed(address):
    try:
        return address.to_bytes(16, 'big')
    except OverflowError:
        raise ValueError("Address negative or too large for IPv6") from None


def _split_slash(address):
    pieces = str(address).split('/')
    if len(pieces) > 2:
        raise AddressValueError("Only one '/' permitted in %r" % address)
    return pieces


def _trailing_zero_bits(number, bits):
    if number == 0:
        return bits
    return min(bits, (~number & (number - 1)).bit_length())


def _not_same_version(a, b):
    return TypeError("%s and %s are not of the same version" % (a, b))


def summarize_address_range(first, last):
    """The smallest list of networks that covers first..last exactly."""
    if not (isinstance(first, _BaseAddress) and isinstance(last, _BaseAddress)):
        raise TypeError('first and last must be IP addresses, not networks')
    if first.version != last.version:
        raise _not_same_version(first, last)
    if first > last:
        raise ValueError('last IP address must be greater than first')
    net_class = IPv4Network if first.version == 4 else IPv6Network
    bits = first.max_prefixlen
    low, high = first._int, last._int
    while low <= high:
        size = min(_trailing_zero_bits(low, bits), (high - low + 1).bit_length() - 1)
        yield net_class((low, bits - size))
        low += 1 << size
        if low - 1 == net_class._FULL:
            break


def _address_runs(addresses):
    """Pairs (first, last) of runs of consecutive addresses in a sorted list."""
    first = last = addresses[0]
    for address in addresses[1:]:
        if address._int != last._int + 1:
            yield first, last
            first = address
        last = address
    yield first, last


def _merge_networks(networks):
    pending = list(networks)
    by_parent = {}
    while pending:
        net = pending.pop()
        parent = net.supernet()
        sibling = by_parent.get(parent)
        if sibling is None:
            by_parent[parent] = net
        elif sibling != net:
            # Two halves of the same parent merge into it, which may merge again.
            del by_parent[parent]
            pending.append(parent)
    covered = None
    for net in sorted(by_parent.values()):
        if covered is not None and covered.broadcast_address >= net.broadcast_address:
            continue
        yield net
        covered = net


def collapse_addresses(addresses):
    singles = []
    nets = []
    for item in addresses:
        if isinstance(item, _BaseAddress):
            single = item
        elif item._plen == item._bits:
            single = item.network_address
        else:
            if nets and nets[-1]._family != item._family:
                raise _not_same_version(item, nets[-1])
            nets.append(item)
            continue
        if singles and singles[-1]._family != item._family:
            raise _not_same_version(item, singles[-1])
        singles.append(single)
    singles = sorted(set(singles))
    ranges = []
    if singles:
        for first, last in _address_runs(singles):
            ranges.extend(summarize_address_range(first, last))
    return _merge_networks(ranges + nets)


def get_mixed_type_key(obj):
    if isinstance(obj, _BaseNetwork):
        return obj._sort_key()
    if isinstance(obj, _BaseAddress):
        return obj._sort_key()
    return NotImplemented


class _BuiltOnFirstUse:
    """A class attribute made by calling factory on first use, so that importing the
    module builds none of the special-purpose network tables."""

    def __init__(self, factory):
        self._factory = factory
        self._value = None

    def __get__(self, obj, owner=None):
        if self._value is None:
            self._value = self._factory()
        return self._value


class _IPAddressBase:
    __slots__ = ()

    @property
    def exploded(self):
        return self._exploded_text()

    @property
    def compressed(self):
        return str(self)

    @property
    def reverse_pointer(self):
        return self._reverse_pointer()

    @property
    def version(self):
        return self._family

    def _check_int(self, address):
        if address < 0:
            raise AddressValueError("%d (< 0) is not permitted as an IPv%d address"
                                    % (address, self._family))
        if address > self._FULL:
            raise AddressValueError("%d (>= 2**%d) is not permitted as an IPv%d address"
                                    % (address, self._bits, self._family))

    def _check_packed(self, address, size):
        if len(address) != size:
            raise AddressValueError("%r (len %d != %d) is not permitted as an IPv%d address"
                                    % (address, len(address), size, self._family))

    @classmethod
    def _mask_int(cls, prefixlen):
        return cls._FULL ^ (cls._FULL >> prefixlen)

    @classmethod
    def _prefix_of_mask(cls, ip_int):
        zeros = _trailing_zero_bits(ip_int, cls._bits)
        prefixlen = cls._bits - zeros
        if ip_int >> zeros != (1 << prefixlen) - 1:
            raw = ip_int.to_bytes(cls._bits // 8, 'big')
            raise ValueError('Netmask pattern %r mixes zeroes & ones' % raw)
        return prefixlen

    @classmethod
    def _bad_netmask(cls, text):
        raise NetmaskValueError('%r is not a valid netmask' % text) from None

    @classmethod
    def _prefix_of_text(cls, text):
        if not (text.isascii() and text.isdigit()):
            cls._bad_netmask(text)
        prefixlen = int(text)
        if not 0 <= prefixlen <= cls._bits:
            cls._bad_netmask(text)
        return prefixlen

    @classmethod
    def _prefix_of_mask_text(cls, text):
        try:
            mask = cls._parse(text)
        except AddressValueError:
            cls._bad_netmask(text)
        # A netmask (ones then zeros) or a hostmask (zeros then ones) are both accepted.
        for candidate in (mask, mask ^ cls._FULL):
            try:
                return cls._prefix_of_mask(candidate)
            except ValueError:
                pass
        cls._bad_netmask(text)

    @classmethod
    def _make_netmask(cls, arg):
        """The netmask address and prefix length for a prefix (int or digits) or, for
        IPv4, a netmask or hostmask in dotted form."""
        known = cls._masks.get(arg)
        if known is not None:
            return known
        if not isinstance(arg, int):
            try:
                plen = cls._prefix_of_text(arg)
            except NetmaskValueError:
                if cls._family == 6:
                    raise
                plen = cls._prefix_of_mask_text(arg)
        elif 0 <= arg <= cls._bits:
            plen = arg
        else:
            cls._bad_netmask(arg)
        known = cls._masks[arg] = cls._addr_type(cls._mask_int(plen)), plen
        return known

    @classmethod
    def _address_and_prefix(cls, address):
        if isinstance(address, (bytes, int)):
            return address, cls._bits
        if not isinstance(address, tuple):
            address = _split_slash(address)
        if len(address) > 1:
            return address
        return address[0], cls._bits

    def __reduce__(self):
        return self.__class__, (str(self),)


@functools.total_ordering
class _BaseAddress(_IPAddressBase):
    __slots__ = ()

    def __int__(self):
        return self._int

    def __eq__(self, other):
        try:
            return self._int == other._int and self._family == other._family
        except AttributeError:
            return NotImplemented

    def __lt__(self, other):
        if not isinstance(other, _BaseAddress):
            return NotImplemented
        if self._family != other._family:
            raise _not_same_version(self, other)
        return self._int < other._int

    def __add__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(int(self) + other)

    def __sub__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(int(self) - other)

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, str(self))

    def __str__(self):
        return str(self._format_int(self._int))

    def __hash__(self):
        return hash(hex(int(self._int)))

    def _sort_key(self):
        return (self._family, self)

    def __reduce__(self):
        return self.__class__, (self._int,)

    def __format__(self, fmt):
        if not fmt or fmt[-1] == 's':
            return format(str(self), fmt)
        import re
        m = re.fullmatch('(#?)(_?)([xbnX])', fmt)
        if not m:
            return super().__format__(fmt)
        alternate, grouping, base = m.groups()
        if base == 'n':
            base = 'b' if self._family == 4 else 'x'
        width = self._bits if base == 'b' else self._bits // 4
        if grouping:
            width += width // 4 - 1
        if alternate:
            width += 2
        return format(int(self), f'{alternate}0{width}{grouping}{base}')


@functools.total_ordering
class _BaseNetwork(_IPAddressBase):

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, str(self))

    def __str__(self):
        return '%s/%d' % (self.network_address, self.prefixlen)

    def hosts(self):
        first = int(self.network_address)
        last = int(self.broadcast_address)
        for n in range(first + 1, last + self._HOSTS_REACH_BROADCAST):
            yield self._addr_type(n)

    def __iter__(self):
        first = int(self.network_address)
        last = int(self.broadcast_address)
        for n in range(first, last + 1):
            yield self._addr_type(n)

    def __getitem__(self, n):
        first = int(self.network_address)
        last = int(self.broadcast_address)
        if n >= 0:
            if first + n > last:
                raise IndexError('address out of range')
            return self._addr_type(first + n)
        if last + n + 1 < first:
            raise IndexError('address out of range')
        return self._addr_type(last + n + 1)

    def __lt__(self, other):
        if not isinstance(other, _BaseNetwork):
            return NotImplemented
        if self._family != other._family:
            raise _not_same_version(self, other)
        if self.network_address != other.network_address:
            return self.network_address < other.network_address
        if self.netmask != other.netmask:
            return self.netmask < other.netmask
        return False

    def __eq__(self, other):
        try:
            return (self._family == other._family
                    and self.network_address == other.network_address
                    and int(self.netmask) == int(other.netmask))
        except AttributeError:
            return NotImplemented

    def __hash__(self):
        return hash(int(self.network_address) ^ int(self.netmask))

    def __contains__(self, other):
        if self._family != other._family or isinstance(other, _BaseNetwork):
            return False
        return other._int & self.netmask._int == self.network_address._int

    def overlaps(self, other):
        return (self.network_address in other or self.broadcast_address in other
                or other.network_address in self or other.broadcast_address in self)

    @functools.cached_property
    def broadcast_address(self):
        return self._addr_type(int(self.network_address) | int(self.hostmask))

    @functools.cached_property
    def hostmask(self):
        return self._addr_type(int(self.netmask) ^ self._FULL)

    @property
    def with_prefixlen(self):
        return '%s/%d' % (self.network_address, self._plen)

    @property
    def with_netmask(self):
        return '%s/%s' % (self.network_address, self.netmask)

    @property
    def with_hostmask(self):
        return '%s/%s' % (self.network_address, self.hostmask)

    @property
    def num_addresses(self):
        return int(self.broadcast_address) - int(self.network_address) + 1

    @property
    def prefixlen(self):
        return self._plen

    def address_exclude(self, other):
        if self._family != other._family:
            raise _not_same_version(self, other)
        if not isinstance(other, _BaseNetwork):
            raise TypeError("%s is not a network object" % other)
        if not other.subnet_of(self):
            raise ValueError('%s not contained in %s' % (other, self))
        if other == self:
            return
        other = other.__class__('%s/%s' % (other.network_address, other.prefixlen))
        low, high = self.subnets()
        while low != other and high != other:
            if other.subnet_of(low):
                yield high
                low, high = low.subnets()
            elif other.subnet_of(high):
                yield low
                low, high = high.subnets()
            else:
                raise AssertionError('Error performing exclusion: s1: %s s2: %s other: %s'
                                     % (low, high, other))
        yield high if low == other else low

    def compare_networks(self, other):
        if self._family != other._family:
            raise TypeError('%s and %s are not of the same type' % (self, other))
        for mine, theirs in ((self.network_address, other.network_address),
                             (self.netmask, other.netmask)):
            if mine < theirs:
                return -1
            if mine > theirs:
                return 1
        return 0

    def _sort_key(self):
        return (self._family, self.network_address, self.netmask)

    def subnets(self, prefixlen_diff=1, new_prefix=None):
        if self._plen == self._bits:
            yield self
            return
        if new_prefix is not None:
            if new_prefix < self._plen:
                raise ValueError('new prefix must be longer')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            prefixlen_diff = new_prefix - self._plen
        if prefixlen_diff < 0:
            raise ValueError('prefix length diff must be > 0')
        longer = self._plen + prefixlen_diff
        if longer > self._bits:
            raise ValueError('prefix length diff %d is invalid for netblock %s'
                             % (longer, self))
        step = (int(self.hostmask) + 1) >> prefixlen_diff
        for start in range(int(self.network_address), int(self.broadcast_address) + 1, step):
            yield self.__class__((start, longer))

    def supernet(self, prefixlen_diff=1, new_prefix=None):
        if self._plen == 0:
            return self
        if new_prefix is not None:
            if new_prefix > self._plen:
                raise ValueError('new prefix must be shorter')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            prefixlen_diff = self._plen - new_prefix
        shorter = self.prefixlen - prefixlen_diff
        if shorter < 0:
            raise ValueError('current prefixlen is %d, cannot have a prefixlen_diff of %d'
                             % (self.prefixlen, prefixlen_diff))
        start = int(self.network_address) & (int(self.netmask) << prefixlen_diff)
        return self.__class__((start, shorter))

    @staticmethod
    def _within(inner, outer):
        try:
            if inner._family != outer._family:
                raise TypeError(f"{inner} and {outer} are not of the same version")
            return (outer.network_address <= inner.network_address
                    and outer.broadcast_address >= inner.broadcast_address)
        except AttributeError:
            raise TypeError(f"Unable to test subnet containment "
                            f"between {inner} and {outer}") from None

    def subnet_of(self, other):
        return self._within(self, other)

    def supernet_of(self, other):
        return self._within(other, self)

    def _both_ends(self, test):
        return test(self.network_address) and test(self.broadcast_address)

    @property
    def is_reserved(self):
        return self._both_ends(lambda a: a.is_reserved)

    @property
    def is_link_local(self):
        return self._both_ends(lambda a: a.is_link_local)

    @property
    def is_multicast(self):
        return self._both_ends(lambda a: a.is_multicast)

    @property
    def is_unspecified(self):
        return self._both_ends(lambda a: a.is_unspecified)

    @property
    def is_loopback(self):
        return self._both_ends(lambda a: a.is_loopback)

    @property
    def is_private(self):
        inside = self._addr_type._constants
        return (any(self._both_ends(lambda a: a in net) for net in inside.private)
                and all(self.network_address not in net and self.broadcast_address not in net
                        for net in inside.private_exceptions))

    @property
    def is_global(self):
        return not self.is_private

    def _init_network(self, address, strict):
        addr, mask = self._address_and_prefix(address)
        self.network_address = self._addr_type(addr)
        self.netmask, self._plen = self._make_netmask(mask)
        start = int(self.network_address)
        if start & int(self.netmask) != start:
            if strict:
                raise ValueError('%s has host bits set' % self)
            self.network_address = self._addr_type(start & int(self.netmask))
        if self._plen == self._bits - 1:
            self.hosts = self.__iter__
        elif self._plen == self._bits:
            self.hosts = lambda: [self._addr_type(addr)]


class _Interface:
    """An address together with the network it sits in (CPython's IPv4Interface and
    IPv6Interface share this)."""

    def __init__(self, address):
        addr, mask = self._address_and_prefix(address)
        address_type = self._network_type._addr_type
        address_type.__init__(self, addr)
        self.network = self._network_type((addr, mask), strict=False)
        self.netmask = self.network.netmask
        self._plen = self.network._plen

    @functools.cached_property
    def hostmask(self):
        return self.network.hostmask

    def __str__(self):
        return '%s/%d' % (self._network_type._addr_type.__str__(self), self._plen)

    def __eq__(self, other):
        equal = self._network_type._addr_type.__eq__(self, other)
        if equal is NotImplemented or not equal:
            return equal
        return getattr(other, 'network', None) == self.network

    def __lt__(self, other):
        before = self._network_type._addr_type.__lt__(self, other)
        if before is NotImplemented:
            return before
        try:
            if self.network == other.network:
                return before
            return self.network < other.network
        except AttributeError:
            return False

    def __hash__(self):
        return hash((self._int, self._plen, int(self.network.network_address)))

    def __reduce__(self):
        return self.__class__, (str(self),)

    @property
    def ip(self):
        return self._network_type._addr_type(self._int)

    def _with(self, suffix):
        return '%s/%s' % (self._format_int(self._int), suffix)

    @property
    def with_prefixlen(self):
        return self._with(self._plen)

    @property
    def with_netmask(self):
        return self._with(self.netmask)

    @property
    def with_hostmask(self):
        return self._with(self.hostmask)


class _BaseV4:
    __slots__ = ()
    _family = 4
    _FULL = (2 ** IPV4LENGTH) - 1
    _bits = IPV4LENGTH
    _masks = {}

    def _exploded_text(self):
        return str(self)

    @classmethod
    def _parse(cls, text):
        if not text:
            raise AddressValueError('Address cannot be empty')
        octets = text.split('.')
        if len(octets) != 4:
            raise AddressValueError("Expected 4 octets in %r" % text)
        try:
            return int.from_bytes(bytes(map(cls._octet, octets)), 'big')
        except ValueError as exc:
            raise AddressValueError("%s in %r" % (exc, text)) from None

    @classmethod
    def _octet(cls, text):
        if not text:
            raise ValueError("Empty octet not permitted")
        if not (text.isascii() and text.isdigit()):
            raise ValueError("Only decimal digits permitted in %r" % text)
        if len(text) > 3:
            raise ValueError("At most 3 characters permitted in %r" % text)
        if text != '0' and text[0] == '0':
            raise ValueError("Leading zeros are not permitted in %r" % text)
        value = int(text, 10)
        if value > 255:
            raise ValueError("Octet %d (> 255) not permitted" % value)
        return value

    @classmethod
    def _format_int(cls, ip_int):
        return '.'.join(map(str, ip_int.to_bytes(4, 'big')))

    def _reverse_pointer(self):
        return '.'.join(reversed(str(self).split('.'))) + '.in-addr.arpa'

    @property
    def max_prefixlen(self):
        return self._bits


class IPv4Address(_BaseV4, _BaseAddress):
    __slots__ = ('_int', '__weakref__')

    def __init__(self, address):
        if isinstance(address, int):
            self._check_int(address)
            self._int = address
            return
        if isinstance(address, bytes):
            self._check_packed(address, 4)
            self._int = int.from_bytes(address, 'big')
            return
        text = str(address)
        if '/' in text:
            raise AddressValueError(f"Unexpected '/' in {address!r}")
        self._int = self._parse(text)

    @property
    def packed(self):
        return v4_int_to_packed(self._int)

    def _in_any(self, networks):
        return any(self in net for net in networks)

    @property
    def is_reserved(self):
        return self in self._constants.reserved

    @property
    def is_private(self):
        return (self._in_any(self._constants.private)
                and not self._in_any(self._constants.private_exceptions))

    @property
    def is_global(self):
        return self not in self._constants.shared and not self.is_private

    @property
    def is_multicast(self):
        return self in self._constants.multicast

    @property
    def is_unspecified(self):
        return self == self._constants.unspecified

    @property
    def is_loopback(self):
        return self in self._constants.loopback

    @property
    def is_link_local(self):
        return self in self._constants.link_local


class IPv4Interface(_Interface, IPv4Address):
    _network_type = None  # set below, once IPv4Network exists


class IPv4Network(_BaseV4, _BaseNetwork):
    _addr_type = IPv4Address
    _HOSTS_REACH_BROADCAST = 0

    def __init__(self, address, strict=True):
        self._init_network(address, strict)

    @property
    def is_global(self):
        shared = self._addr_type._constants.shared
        return (not (self.network_address in shared and self.broadcast_address in shared)
                and not self.is_private)


def _ipv4_constants():
    class _IPv4Constants:
        link_local = IPv4Network('169.254.0.0/16')
        loopback = IPv4Network('127.0.0.0/8')
        multicast = IPv4Network('224.0.0.0/4')
        shared = IPv4Network('100.64.0.0/10')
        private = [IPv4Network(n) for n in (
            '0.0.0.0/8', '10.0.0.0/8', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12',
            '192.0.0.0/24', '192.0.0.170/31', '192.0.2.0/24', '192.168.0.0/16',
            '198.18.0.0/15', '198.51.100.0/24', '203.0.113.0/24', '240.0.0.0/4',
            '255.255.255.255/32')]
        private_exceptions = [IPv4Network('192.0.0.9/32'), IPv4Network('192.0.0.10/32')]
        reserved = IPv4Network('240.0.0.0/4')
        unspecified = IPv4Address('0.0.0.0')
    return _IPv4Constants


IPv4Address._constants = _BuiltOnFirstUse(_ipv4_constants)
IPv4Interface._network_type = IPv4Network


class _BaseV6:
    __slots__ = ()
    _family = 6
    _FULL = (2 ** IPV6LENGTH) - 1
    _HEXTETS = 8
    _HEX = frozenset('0123456789ABCDEFabcdef')
    _bits = IPV6LENGTH
    _masks = {}

    @classmethod
    def _parse(cls, text):
        if not text:
            raise AddressValueError('Address cannot be empty')
        parts = text.split(':')
        if len(parts) < 3:
            raise AddressValueError("At least %d parts expected in %r" % (3, text))
        if '.' in parts[-1]:
            try:
                tail = IPv4Address(parts.pop())._int
            except AddressValueError as exc:
                raise AddressValueError("%s in %r" % (exc, text)) from None
            parts += ['%x' % (tail >> 16), '%x' % (tail & 0xFFFF)]
        if len(parts) > cls._HEXTETS + 1:
            raise AddressValueError("At most %d colons permitted in %r"
                                    % (cls._HEXTETS, text))
        head, gap, tail = cls._shape(parts, text)
        try:
            value = 0
            for part in parts[:head]:
                value = (value << 16) | cls._hextet(part)
            value <<= 16 * gap
            for part in parts[len(parts) - tail:]:
                value = (value << 16) | cls._hextet(part)
            return value
        except ValueError as exc:
            raise AddressValueError("%s in %r" % (exc, text)) from None

    @classmethod
    def _shape(cls, parts, text):
        """How many hextets come before '::', how many it stands for, how many after."""
        gap_at = None
        for n in range(1, len(parts) - 1):
            if not parts[n]:
                if gap_at is not None:
                    raise AddressValueError("At most one '::' permitted in %r" % text)
                gap_at = n
        if gap_at is None:
            if len(parts) != cls._HEXTETS:
                raise AddressValueError("Exactly %d parts expected without '::' in %r"
                                        % (cls._HEXTETS, text))
            if not parts[0]:
                raise AddressValueError("Leading ':' only permitted as part of '::' in %r"
                                        % text)
            if not parts[-1]:
                raise AddressValueError("Trailing ':' only permitted as part of '::' in %r"
                                        % text)
            return len(parts), 0, 0
        head = gap_at
        tail = len(parts) - gap_at - 1
        if not parts[0]:
            head -= 1
            if head:
                raise AddressValueError("Leading ':' only permitted as part of '::' in %r"
                                        % text)
        if not parts[-1]:
            tail -= 1
            if tail:
                raise AddressValueError("Trailing ':' only permitted as part of '::' in %r"
                                        % text)
        gap = cls._HEXTETS - (head + tail)
        if gap < 1:
            raise AddressValueError("Expected at most %d other parts with '::' in %r"
                                    % (cls._HEXTETS - 1, text))
        return head, gap, tail

    @classmethod
    def _hextet(cls, text):
        if not cls._HEX.issuperset(text):
            raise ValueError("Only hex digits permitted in %r" % text)
        if len(text) > 4:
            raise ValueError("At most 4 characters permitted in %r" % text)
        return int(text, 16)

    @classmethod
    def _compress(cls, hextets):
        """Replaces the first longest run (two or more) of zero hextets by '::'."""
        best_at, best_len = -1, 0
        run_at, run_len = -1, 0
        for n, hextet in enumerate(hextets):
            if hextet != '0':
                run_at, run_len = -1, 0
                continue
            if run_at < 0:
                run_at = n
            run_len += 1
            if run_len > best_len:
                best_at, best_len = run_at, run_len
        if best_len > 1:
            end = best_at + best_len
            if end == len(hextets):
                hextets += ['']
            hextets[best_at:end] = ['']
            if best_at == 0:
                hextets = [''] + hextets
        return hextets

    @classmethod
    def _format_int(cls, ip_int):
        if ip_int > cls._FULL:
            raise ValueError('IPv6 address is too large')
        digits = '%032x' % ip_int
        hextets = ['%x' % int(digits[n:n + 4], 16) for n in range(0, 32, 4)]
        return ':'.join(cls._compress(hextets))

    def _exploded_text(self):
        if isinstance(self, IPv6Network):
            text = str(self.network_address)
        elif isinstance(self, IPv6Interface):
            text = str(self.ip)
        else:
            text = str(self)
        digits = '%032x' % self._parse(text)
        groups = ':'.join(digits[n:n + 4] for n in range(0, 32, 4))
        if isinstance(self, (_BaseNetwork, IPv6Interface)):
            return '%s/%d' % (groups, self._plen)
        return groups

    def _reverse_pointer(self):
        nibbles = self.exploded[::-1].replace(':', '')
        return '.'.join(nibbles) + '.ip6.arpa'

    @staticmethod
    def _split_scope_id(text):
        addr, sep, scope_id = text.partition('%')
        if not sep:
            scope_id = None
        elif not scope_id or '%' in scope_id:
            raise AddressValueError('Invalid IPv6 address: "%r"' % text)
        return addr, scope_id

    @property
    def max_prefixlen(self):
        return self._bits


class IPv6Address(_BaseV6, _BaseAddress):
    __slots__ = ('_int', '_scope_id', '__weakref__')

    def __init__(self, address):
        self._scope_id = None
        if isinstance(address, int):
            self._check_int(address)
            self._int = address
            return
        if isinstance(address, bytes):
            self._check_packed(address, 16)
            self._int = int.from_bytes(address, 'big')
            return
        text = str(address)
        if '/' in text:
            raise AddressValueError(f"Unexpected '/' in {address!r}")
        text, self._scope_id = self._split_scope_id(text)
        self._int = self._parse(text)

    def __str__(self):
        text = super().__str__()
        return text + '%' + self._scope_id if self._scope_id else text

    def __hash__(self):
        return hash((self._int, self._scope_id))

    def __eq__(self, other):
        if not super().__eq__(other):
            return False
        return self._scope_id == getattr(other, '_scope_id', None)

    def __reduce__(self):
        return self.__class__, (str(self),)

    @property
    def scope_id(self):
        return self._scope_id

    @property
    def packed(self):
        return v6_int_to_packed(self._int)

    def _mapped_or(self, prop, own):
        mapped = self.ipv4_mapped
        if mapped is not None:
            return getattr(mapped, prop)
        return own()

    @property
    def is_multicast(self):
        return self._mapped_or('is_multicast', lambda: self in self._constants.multicast)

    @property
    def is_reserved(self):
        return self._mapped_or('is_reserved', lambda: any(
            self in net for net in self._constants.reserved))

    @property
    def is_link_local(self):
        return self._mapped_or('is_link_local', lambda: self in self._constants.link_local)

    @property
    def is_site_local(self):
        return self in self._constants.site_local

    @property
    def is_private(self):
        inside = self._constants
        return self._mapped_or('is_private', lambda: any(
            self in net for net in inside.private) and all(
            self not in net for net in inside.private_exceptions))

    @property
    def is_global(self):
        return self._mapped_or('is_global', lambda: not self.is_private)

    @property
    def is_unspecified(self):
        return self._mapped_or('is_unspecified', lambda: self._int == 0)

    @property
    def is_loopback(self):
        return self._mapped_or('is_loopback', lambda: self._int == 1)

    @property
    def ipv4_mapped(self):
        if (self._int >> 32) != 0xFFFF:
            return None
        return IPv4Address(self._int & 0xFFFFFFFF)

    @property
    def teredo(self):
        if (self._int >> 96) != 0x20010000:
            return None
        return (IPv4Address((self._int >> 64) & 0xFFFFFFFF),
                IPv4Address(~self._int & 0xFFFFFFFF))

    @property
    def sixtofour(self):
        if (self._int >> 112) != 0x2002:
            return None
        return IPv4Address((self._int >> 80) & 0xFFFFFFFF)


class IPv6Interface(_Interface, IPv6Address):

    @property
    def is_unspecified(self):
        return self._int == 0 and self.network.is_unspecified

    @property
    def is_loopback(self):
        return super().is_loopback and self.network.is_loopback


class IPv6Network(_BaseV6, _BaseNetwork):
    _addr_type = IPv6Address
    # Only the network address itself (the subnet-router anycast) is not a host.
    _HOSTS_REACH_BROADCAST = 1

    def __init__(self, address, strict=True):
        self._init_network(address, strict)

    @property
    def is_site_local(self):
        return self._both_ends(lambda a: a.is_site_local)


def _ipv6_constants():
    class _IPv6Constants:
        link_local = IPv6Network('fe80::/10')
        multicast = IPv6Network('ff00::/8')
        private = [IPv6Network(n) for n in (
            '::1/128', '::/128', '::ffff:0:0/96', '64:ff9b:1::/48', '100::/64', '2001::/23',
            '2001:db8::/32', '2002::/16', 'fc00::/7', 'fe80::/10')]
        private_exceptions = [IPv6Network(n) for n in (
            '2001:1::1/128', '2001:1::2/128', '2001:3::/32', '2001:4:112::/48',
            '2001:20::/28', '2001:30::/28')]
        reserved = [IPv6Network(n) for n in (
            '::/8', '100::/8', '200::/7', '400::/6', '800::/5', '1000::/4', '4000::/3',
            '6000::/3', '8000::/3', 'A000::/3', 'C000::/3', 'E000::/4', 'F000::/5',
            'F800::/6', 'FE00::/9')]
        site_local = IPv6Network('fec0::/10')
    return _IPv6Constants


IPv6Address._constants = _BuiltOnFirstUse(_ipv6_constants)
IPv6Interface._network_type = IPv6Network
