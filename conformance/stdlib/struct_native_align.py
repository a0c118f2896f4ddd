# struct native mode (@): alignment and sizes of the portable codes, native byte order round trips.
import struct
import sys

for fmt in ["@bq", "@bi", "@bh", "bd", "qb", "@b0q", "<b0q", "@hi", "@hd", "@?e", "@cf", "@ihb", "@bhi", "@3sI", "@xHxI", "=bq", "@2b2h2i2q"]:
    print(fmt, struct.calcsize(fmt))
vals = (1, -2, 3, -4, 5, 6.5, True)
fmt = "@bhiqHdx?"
packed = struct.pack(fmt, *vals[:-1], vals[-1])
print(len(packed), struct.unpack(fmt, packed))
native = struct.pack("=I", 1)
print(native == (b"\x01\x00\x00\x00" if sys.byteorder == "little" else b"\x00\x00\x00\x01"), struct.pack("@H", 258) == struct.pack("=H", 258))
print(struct.unpack("@ih", bytes(8)[:6]), struct.pack("@f", 1e300), struct.pack("@i", 2 ** 31 - 1))
