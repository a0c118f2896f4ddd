# memoryview over bytes/bytearray with casts between byte and wider formats; comparisons; nbytes.
import sys
raw = bytearray(range(16))
m = memoryview(raw)
for fmt in ["B", "b", "c", "H", "h", "I", "i", "Q", "q", "f", "d"]:
    try:
        c = m.cast(fmt)
        print(fmt, c.itemsize, len(c), c.nbytes, c.format, c.tolist()[:2])
    except (TypeError, ValueError) as e:
        print(fmt, type(e).__name__, e)
h = m.cast("H")
h[0] = 0xFFFF
print(raw[:4], h[0], h.cast("B")[:2].tolist(), bytes(h[1:3]), h == h, m.cast("b")[255 % 16])
for f in [lambda: m.cast("H").cast("I"), lambda: memoryview(b"abc").cast("H"), lambda: m.cast("Z"), lambda: h.__setitem__(0, -1), lambda: h.__setitem__(0, 70000), lambda: m.cast("c").__setitem__(0, 5)]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(memoryview(b"ab") == b"ab", memoryview(b"ab") == bytearray(b"ab"), memoryview(b"ab") != b"ac", memoryview(b"\x01\x00").cast("H") == memoryview(b"\x01\x00").cast("H"))
