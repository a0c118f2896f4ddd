# zlib.error and ValueError/TypeError messages: bad data, truncation, bad options, finished streams.
import zlib


def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(repr(r)[:80])
    except (zlib.error, ValueError, TypeError) as e:
        print(type(e).__name__, e)


d = b"some data " * 20
good = zlib.compress(d)
show(zlib.decompress, b"garbage")
show(zlib.decompress, good[:-3])
show(zlib.decompress, good[:10])
show(zlib.decompress, b"")
show(zlib.decompress, zlib.compress(d, wbits=31))
show(zlib.decompress, good, 31)
show(zlib.compress, d, 10)
show(zlib.compress, d, -2)
show(zlib.compress, d, wbits=3)
show(zlib.decompress, b"x", wbits=3)
show(zlib.compress, "str")
show(zlib.decompress, "str")
show(zlib.crc32, "str")
show(zlib.compressobj, level=11)
show(zlib.compressobj, wbits=99)
show(zlib.compressobj, method=7)
show(zlib.decompressobj, wbits=100)
c = zlib.compressobj()
c.compress(b"x")
c.flush()
show(c.compress, b"x")
show(c.flush)
print(c.flush(zlib.Z_NO_FLUSH))
o = zlib.decompressobj()
show(o.decompress, b"", -1)
show(o.flush, 0)
show(o.decompress, b"not zlib data")
zd = b"dictionary"
c = zlib.compressobj(zdict=zd)
x = c.compress(d) + c.flush()
show(zlib.decompress, x)
show(zlib.decompressobj().decompress, x)
bad_gzip = bytearray(zlib.compress(d, wbits=31))
bad_gzip[-8] ^= 1
show(zlib.decompress, bytes(bad_gzip), 31)
print(issubclass(zlib.error, Exception), zlib.error.__module__)
