# struct: pack/unpack with explicit byte orders, sizes, iter_unpack, errors.
import struct
print(struct.pack(">I", 1), struct.pack("<I", 1), struct.pack(">h", -2), struct.pack(">Q", 2 ** 64 - 1), struct.pack("!f", 1.5), struct.pack(">d", -0.0))
print(struct.unpack(">I", b"\x00\x00\x01\x00"), struct.unpack("<hH", b"\xff\xff\xff\xff"), struct.unpack(">?b", b"\x01\x80"), struct.unpack(">e", b"\x3c\x00"))
print(struct.calcsize(">IhB"), struct.calcsize("<5s"), struct.calcsize(">qd"), struct.pack(">5s", b"ab"), struct.pack(">3s", b"abcdef"), struct.pack(">c", b"x"))
print(struct.pack(">2H3B", 1, 2, 3, 4, 5), struct.unpack(">2H3B", struct.pack(">2H3B", 1, 2, 3, 4, 5)))
s = struct.Struct("<HHI")
print(s.size, s.format, s.pack(1, 2, 3), s.unpack(s.pack(1, 2, 3)), list(struct.iter_unpack("<H", b"\x01\x00\x02\x00")))
buf = bytearray(8)
struct.pack_into(">HH", buf, 2, 7, 8)
print(buf, struct.unpack_from(">H", buf, 4))
for bad in [lambda: struct.pack(">B", 256), lambda: struct.pack(">b", -129), lambda: struct.pack(">I", -1), lambda: struct.unpack(">I", b"\x00"), lambda: struct.pack(">H", 1.5), lambda: struct.pack(">HH", 1), lambda: struct.calcsize("Z"), lambda: struct.pack(">?", [])]:
    try:
        print(bad())
    except struct.error as e:
        print("struct.error", e)
    except TypeError as e:
        print(type(e).__name__, e)
print(struct.unpack(">f", struct.pack(">f", 0.1))[0], struct.unpack(">d", struct.pack(">d", 0.1))[0], struct.pack(">?", 5))
