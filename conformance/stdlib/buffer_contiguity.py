# Modules that ask for a simple buffer (struct, zlib, binascii, hashlib, array) refuse a memoryview that is not C-contiguous (BufferError); C-contiguous views of any shape are fine.
import array
import binascii
import hashlib
import struct
import zlib


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


strided = memoryview(b"abcdef")[::2]
grid = memoryview(b"abcd").cast("B", [2, 2])
for name, view in [("strided", strided), ("grid", grid), ("reversed grid", grid[::-1]), ("one reversed", memoryview(b"xyz")[1:2][::-1]),
                   ("H pairs", memoryview(b"abcd").cast("H")), ("empty strided", memoryview(b"abc")[3:0:2])]:
    print("--", name, view.c_contiguous)
    show("hexlify", lambda: binascii.hexlify(view))
    show("b2a_base64", lambda: binascii.b2a_base64(view))
    show("crc32", lambda: zlib.crc32(view))
    show("adler32", lambda: zlib.adler32(view))
    show("compress", lambda: len(zlib.decompress(zlib.compress(view))))
    show("frombytes", lambda: (lambda a: (a.frombytes(view), a))(array.array("B")))
    show("sha256", lambda: hashlib.sha256(view).hexdigest()[:16])
    show("update", lambda: (lambda h: (h.update(view), h.hexdigest()[:16]))(hashlib.md5()))
    show("unpack", lambda: struct.unpack("%dB" % view.nbytes, view))
    show("unpack_from", lambda: struct.unpack_from("B", view) if view.nbytes else "empty")
    show("bytes", lambda: bytes(view))
show("pack_into strided", lambda: struct.pack_into("b", memoryview(bytearray(4))[::2], 0, 1))
show("pack_into readonly", lambda: struct.pack_into("b", memoryview(b"abcd"), 0, 1))
target = bytearray(4)
struct.pack_into("<h", memoryview(target).cast("B", [2, 2]), 1, 513)
show("pack_into grid", lambda: target)
show("released", lambda: (lambda v: (v.release(), zlib.crc32(v)))(memoryview(b"ab")))
