# struct.error and TypeError/OverflowError messages for bad formats, values, buffers and offsets.
import struct


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except (struct.error, TypeError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)


for fmt, v in [("<b", 200), ("<B", -1), ("<h", 70000), ("<H", -1), ("<i", 2 ** 31), ("<I", -1), ("<l", 2 ** 31),
               ("<L", 2 ** 32), ("<q", 2 ** 63), ("<Q", -1), ("<Q", 2 ** 64), (">b", -129), ("@b", 128), ("@H", 65536),
               ("@i", -2 ** 31 - 1), ("@q", 2 ** 63), ("@Q", -1)]:
    show(struct.pack, fmt, v)
for fmt, v in [("<e", 1e10), ("<e", 65520.0), ("<f", 1e300), ("<i", 1.5), ("<i", "x"), ("<f", "x"), ("<d", None),
               ("<c", b"ab"), ("<c", "a"), ("<c", bytearray(b"x")), ("<s", "a"), ("<p", 1), ("<5s", memoryview(b"xy"))]:
    show(struct.pack, fmt, v)
for fmt in ["z", "<n", "<N", "<P", "3", "i3", "2 i", "<@i", "99999999999999999999i"]:
    show(struct.calcsize, fmt)
show(struct.calcsize, 5)
show(struct.Struct, 3)
show(struct.pack, "ii", 1)
show(struct.pack, "<i", 1, 2)
show(struct.pack, "<x", 1)
show(struct.unpack, "<i", b"123")
show(struct.unpack, "<i", "abcd")
show(struct.unpack, "<i", 1234)
show(struct.unpack_from, "<i", b"1", 0)
show(struct.unpack_from, "<i", b"12345", 3)
show(struct.unpack_from, "<i", b"12345", -2)
show(struct.unpack_from, "<i", b"12345", -10)
show(struct.unpack_from, "<i", b"12345", 10)
buf = bytearray(5)
show(struct.pack_into, "<i", buf, 2, 1)
show(struct.pack_into, "<i", buf, -10, 1)
show(struct.pack_into, "<i", buf, -2, 1)
show(struct.pack_into, "<i", buf, 10, 1)
show(struct.pack_into, "<i", b"12345", 0, 1)
show(struct.pack_into, "<i", buf, 0)
show(struct.iter_unpack, "<h", b"123")
show(struct.iter_unpack, "", b"")
show(struct.Struct("<h").pack, 1, 2)
try:
    struct.pack("<B", 300)
except struct.error as e:
    print(type(e).__name__, isinstance(e, Exception), e.args)
