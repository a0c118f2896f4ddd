# array.array and the buffer protocol: bytes(), memoryview (read and write), struct, frombytes/tobytes, files.
import array
import io
import struct

a = array.array("i", [1, -2, 3])
print(bytes(a), bytearray(a), len(memoryview(a)), memoryview(a).format, memoryview(a).itemsize, memoryview(a).nbytes)
m = memoryview(a)
m[1] = 20
print(a, m.tolist(), m[0], m[-1], m[1:].tolist(), m.readonly)
print(struct.unpack("<3i", a), struct.unpack_from("<i", a, 4))
struct.pack_into("<i", a, 8, 99)
print(a)
d = array.array("d", [0.5, 1.5])
print(memoryview(d).tolist(), memoryview(d).format, memoryview(d).cast("B")[:8].tobytes() == d.tobytes()[:8])
b = array.array("B", b"hello")
print(b, b.tobytes().decode(), bytes(b).upper(), b"ell" in bytes(b), memoryview(b)[1:3].tobytes())
h = array.array("h")
h.frombytes(struct.pack("<3h", 1, -1, 300))
print(h, h.itemsize, h.tobytes() == struct.pack("<3h", 1, -1, 300))
f = io.BytesIO()
array.array("H", [1, 2, 3]).tofile(f)
print(f.getvalue())
g = array.array("H")
g.fromfile(io.BytesIO(f.getvalue()), 3)
print(g)
try:
    g.fromfile(io.BytesIO(b"\x01\x00"), 2)
except EOFError as e:
    print("EOFError", e, g)
q = array.array("q", [2 ** 40])
print(int.from_bytes(q.tobytes(), "little") == 2 ** 40, array.array("f", [1.5]).tobytes().hex(), array.array("d", [1.5]).tobytes().hex())
import hashlib, zlib, binascii, base64
print(hashlib.md5(array.array("B", b"abc")).hexdigest(), zlib.crc32(array.array("B", b"abc")), binascii.hexlify(array.array("h", [1, 2])), base64.b64encode(array.array("B", b"hi")))
