"""Keyed-hashing for message authentication (HMAC, RFC 2104): the `hmac` module of Python 3.12,
written for Sanca over hashlib."""

import hashlib as _hashlib_module
from _hashlib import compare_digest

__all__ = ['new', 'digest', 'compare_digest', 'HMAC']

trans_5C = bytes(b ^ 0x5C for b in range(256))
trans_36 = bytes(b ^ 0x36 for b in range(256))

digest_size = None


def _hash_factory(digestmod):
    """A function making a fresh hash object (optionally fed data) from a digestmod argument."""
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda data=b'': _hashlib_module.new(digestmod, data)
    return lambda data=b'': digestmod.new(data)


class HMAC:
    """An HMAC computation: update() with message parts, then digest() or hexdigest()."""
    blocksize = 64

    __slots__ = ('_digest_cons', '_inner', '_outer', 'block_size', 'digest_size')

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, (bytearray, bytes)):
            raise TypeError(f"key: expected bytes or bytearray, but got {type(key).__name__!r}")
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        make = self._digest_cons = _hash_factory(digestmod)
        inner = self._inner = make()
        outer = self._outer = make()
        self.digest_size = inner.digest_size
        block = getattr(inner, 'block_size', self.blocksize)
        if block < 16:
            import warnings
            warnings.warn(f'block_size of {block} seems too small; using our default of {self.blocksize}.',
                          RuntimeWarning, 2)
            block = self.blocksize
        self.block_size = block
        if len(key) > block:
            key = make(key).digest()
        key = bytes(key).ljust(block, b'\0')
        outer.update(key.translate(trans_5C))
        inner.update(key.translate(trans_36))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return "hmac-" + self._inner.name

    def update(self, msg):
        """Feed msg into the computation."""
        self._inner.update(msg)

    def copy(self):
        """Return an independent copy of this computation."""
        twin = object.__new__(type(self))
        for attr in ('_digest_cons', 'digest_size', 'block_size'):
            object.__setattr__(twin, attr, getattr(self, attr))
        twin._inner, twin._outer = self._inner.copy(), self._outer.copy()
        return twin

    def _finished_outer(self):
        h = self._outer.copy()
        h.update(self._inner.digest())
        return h

    def digest(self):
        """Return the MAC of the message so far as bytes; the computation may go on."""
        return self._finished_outer().digest()

    def hexdigest(self):
        """Return the MAC of the message so far as a string of hex digits."""
        return self._finished_outer().hexdigest()


def new(key, msg=None, digestmod=''):
    """Return a new HMAC object keyed with key, fed msg first, hashing with digestmod
    (a hash name, a hash constructor, or a module with a new() function)."""
    if not digestmod:
        raise TypeError("Missing required argument 'digestmod'.")
    return HMAC(key, msg=msg, digestmod=digestmod)


def digest(key, msg, digest):
    """Return the HMAC of msg under key with hash digest, in one call."""
    return HMAC(key, msg, digest).digest()
