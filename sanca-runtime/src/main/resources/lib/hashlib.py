"""Secure hashes and message digests: the `hashlib` module of Python 3.12, written for Sanca.

Each constructor (md5(), sha256(), sha3_512(), shake_128(), blake2b(), ...) returns a hash
object with update(), digest(), hexdigest() and copy(); new(name) makes one by name. The
algorithms run in Java (the _hashlib module)."""

import _hashlib
from _hashlib import blake2b, blake2s, pbkdf2_hmac

algorithms_guaranteed = frozenset((
    'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'blake2b', 'blake2s',
    'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'shake_128', 'shake_256'))
algorithms_available = algorithms_guaranteed | {'sha512_224', 'sha512_256'}

__always_supported = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'blake2b', 'blake2s',
                      'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'shake_128', 'shake_256')

__all__ = __always_supported + ('new', 'algorithms_guaranteed', 'algorithms_available', 'pbkdf2_hmac', 'file_digest')

_blake2 = {'blake2b': blake2b, 'blake2s': blake2s}


def new(name, data=b'', **kwargs):
    """Return a new hash object for the algorithm called name, fed data first."""
    maker = _blake2.get(name)
    if maker is not None:
        return maker(data, **kwargs)
    return _hashlib.new(name, data, **kwargs)


def _named(algorithm):
    def constructor(string=b'', *, usedforsecurity=True):
        return _hashlib.new(algorithm, string)
    constructor.__name__ = constructor.__qualname__ = algorithm
    constructor.__doc__ = f"Returns a {algorithm} hash object; optionally initialized with a string"
    return constructor


md5 = _named('md5')
sha1 = _named('sha1')
sha224 = _named('sha224')
sha256 = _named('sha256')
sha384 = _named('sha384')
sha512 = _named('sha512')
sha3_224 = _named('sha3_224')
sha3_256 = _named('sha3_256')
sha3_384 = _named('sha3_384')
sha3_512 = _named('sha3_512')
shake_128 = _named('shake_128')
shake_256 = _named('shake_256')


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """Hash the contents of a binary file object opened for reading.

    digest is a hash name, or a callable returning a new hash object."""
    h = new(digest) if isinstance(digest, str) else digest()
    if hasattr(fileobj, 'getbuffer'):
        h.update(fileobj.getbuffer())
        return h
    if not (hasattr(fileobj, 'readinto') and hasattr(fileobj, 'readable') and fileobj.readable()):
        raise ValueError(f"'{fileobj!r}' is not a file-like object in binary reading mode.")
    chunk = bytearray(_bufsize)
    view = memoryview(chunk)
    while True:
        n = fileobj.readinto(chunk)
        if n == 0:
            break
        h.update(view[:n])
    return h
