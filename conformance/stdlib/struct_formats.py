# struct: every standard-size format code, byte orders, counts, s/p/x/c/?, half floats, Struct objects.
import struct

for order in "<>!=":
    fmt = order + "bBhHiIlLqQ?efd"
    values = (-1, 255, -300, 65535, -70000, 4000000000, -5, 7, -2 ** 63, 2 ** 64 - 1, True, 1.5, 0.25, -2.5e100)
    packed = struct.pack(fmt, *values)
    print(fmt, struct.calcsize(fmt), packed.hex(), struct.unpack(fmt, packed))
print(struct.pack(">3s2p5p4x", b"abcdef", b"xyz", b"hi"), struct.unpack(">3s2p5p", b"abc\x05x\x02hi\x00\x00"))
print(struct.pack("<c3c", b"a", b"b", b"c", b"d"), struct.unpack("<2c", b"xy"), struct.pack(">0s", b"abc"), struct.pack(">256p", b"a" * 300)[:3])
print(struct.pack(">?", []), struct.pack(">?", "x"), struct.unpack(">??", b"\x00\x02"))
for x in [0.0, -0.0, 1.0, 65504.0, 6.1e-05, 5.96e-08, 1e-08, float("inf"), float("-inf"), 0.1, 1 / 3, 2049.0, 2051.0]:
    print(x, struct.pack(">e", x).hex(), struct.unpack(">e", struct.pack(">e", x))[0])
print(struct.unpack(">e", b"\x7e\x00")[0], struct.pack(">e", float("nan")).hex(), struct.pack(">f", float("nan")).hex())
print(struct.unpack(">f", struct.pack(">f", 0.1))[0], struct.pack("<f", 3.4028234663852886e38).hex(), struct.pack(">d", 1e308 * 10).hex())
s = struct.Struct(">HxI")
print(s.format, s.size, s.pack(1, 2), s.unpack(b"\x00\x01\x00\x00\x00\x00\x02"), s.unpack_from(b"zz\x00\x01\x00\x00\x00\x00\x02", 2))
print(struct.Struct(b"<h").format, struct.Struct(format="<q").size, type(s).__name__, type(s).__module__)
print(list(struct.iter_unpack("<hb", b"\x01\x02\x03\x04\x05\x06")), struct.iter_unpack("<h", b"\x01\x02\x03\x04").__length_hint__())
it = s.iter_unpack(bytes(14))
print(next(it), it.__length_hint__(), list(it))
buf = bytearray(10)
struct.pack_into(">HH", buf, 2, 7, 8)
struct.pack_into("<I", buf, -4, 0xDEADBEEF)
s.pack_into(buf, 0, 9, 1)
print(buf, struct.unpack_from(">H", buf, 4), struct.unpack_from(">H", buf, offset=-6), struct.unpack_from("<I", memoryview(buf), 6))
mv = memoryview(bytearray(4))
struct.pack_into("<hh", mv, 0, -1, 2)
print(mv.tobytes(), struct.calcsize(""), struct.pack(""), struct.unpack("", b""))


class Idx:
    def __index__(self):
        return 42


print(struct.pack("<i", Idx()), struct.pack("<d", Idx()), struct.pack("<f", 3), struct.pack(">I", True))
print(struct.calcsize(" 2h 3s\t4x"), struct.calcsize("<10s"), struct.calcsize(">0q"), struct.pack("!h", 5))
print(struct.error.__module__, struct.error.__mro__[1].__name__, sorted(struct.__all__))
