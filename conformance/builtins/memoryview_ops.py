# memoryview: slicing, tobytes/tolist/hex, cast, writable views on bytearray, release, readonly errors.
b = bytearray(b"abcdef")
m = memoryview(b)
print(m[0], m[-1], bytes(m[1:4]), m[::2].tobytes(), m.tolist(), m.hex(), len(m), m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.strides, m.nbytes, m.obj is b)
m[0] = 65
m[1:3] = b"BC"
print(b, m.tobytes(), m == b"ABCdef", m == m, bytes(m[::-1]))
c = memoryview(b"\x01\x00\x02\x00").cast("H")
print(c.tolist(), c.format, c.itemsize, len(c), c[1], c.nbytes)
r = memoryview(b"xyz")
for bad in [lambda: r.__setitem__(0, 1), lambda: m.__setitem__(0, 300), lambda: m.__setitem__(slice(0, 2), b"x"), lambda: m[10], lambda: memoryview("str"), lambda: m.cast("Q"),
            lambda: hash(m), lambda: m["a"]]:
    try:
        print(bad())
    except (TypeError, ValueError, IndexError, NotImplementedError) as e:
        print(type(e).__name__, e)
print(hash(r) == hash(b"xyz"), r.toreadonly().readonly if hasattr(r, "toreadonly") else True)
with memoryview(b"ctx") as mm:
    print(mm.tobytes())
print(repr(mm)[:22])
try:
    mm.tobytes()
except ValueError as e:
    print(type(e).__name__, e)
r.release(); r.release()
try:
    len(r)
except ValueError as e:
    print(type(e).__name__, e)
