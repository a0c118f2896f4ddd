# memoryview slice assignment: same structure required (format and shape), overlapping copies, and the errors.
import array

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

ba = bytearray(b"abcdefgh")
m = memoryview(ba)
m[0:2] = b"XY"
m[6:] = bytearray(b"!?")
m[2:6:2] = memoryview(b"12")
print(ba)
m[1:5] = m[0:4]
print(ba)
m[::-1] = b"hgfedcba"
print(ba)
m[3:3] = b""
print(ba, len(m))
show("int", lambda: m.__setitem__(slice(0, 2), 5))
show("list", lambda: m.__setitem__(slice(0, 2), [1, 2]))
show("str", lambda: m.__setitem__(slice(0, 2), "ab"))
show("short", lambda: m.__setitem__(slice(0, 2), b"a"))
show("long", lambda: m.__setitem__(slice(0, 2), b"abc"))
show("signed", lambda: m.__setitem__(slice(0, 2), array.array("b", [1, 2])))
show("unsigned", lambda: (m.__setitem__(slice(0, 2), array.array("B", [1, 2])), ba[:3]))
h = m.cast("H")
show("H from bytes", lambda: h.__setitem__(slice(0, 1), b"ab"))
show("H from H", lambda: (h.__setitem__(slice(0, 2), memoryview(b"\x01\x00\x02\x00").cast("H")), h.tolist()))
show("H from @H", lambda: (h.__setitem__(slice(2, 4), memoryview(b"\x03\x00\x04\x00").cast("@H")), h.tolist()))
show("H from array", lambda: (h.__setitem__(slice(None), array.array("H", [9, 8, 7, 6])), h.tolist()))
show("H from h", lambda: h.__setitem__(slice(0, 1), memoryview(b"\x00\x00").cast("h")))
show("del slice", lambda: m.__delitem__(slice(0, 2)))
show("del item", lambda: m.__delitem__(0))
ro = memoryview(b"abc")
show("ro slice", lambda: ro.__setitem__(slice(0, 1), b"x"))
show("ro bad key", lambda: ro.__setitem__("k", 1))
show("ro del", lambda: ro.__delitem__(0))
show("toreadonly", lambda: m.toreadonly().__setitem__(0, 1))
g = memoryview(bytearray(12)).cast("B", [3, 4])
show("2d int", lambda: g.__setitem__(1, 5))
show("2d tuple", lambda: (g.__setitem__((1, 2), 5), g[1, 2], g.tolist()))
show("2d short tuple", lambda: g.__setitem__((1,), 5))
show("2d long tuple", lambda: g.__setitem__((1, 2, 3), 5))
show("2d slice", lambda: g.__setitem__(slice(0, 1), b"abcd"))
show("2d multislice", lambda: g.__setitem__((slice(0, 1), slice(0, 1)), b"a"))
show("2d bad", lambda: g.__setitem__("a", 1))
show("2d oob", lambda: g.__setitem__((3, 0), 1))
show("2d oob2", lambda: g.__setitem__((0, -5), 1))
show("2d ellipsis", lambda: g.__setitem__(Ellipsis, 1))
z = memoryview(bytearray(b"a")).cast("B", [])
show("0d ellipsis", lambda: (z.__setitem__(Ellipsis, 66), z[()]))
show("0d empty tuple", lambda: (z.__setitem__((), 67), z[()]))
show("0d index", lambda: z.__setitem__(0, 67))
show("0d slice", lambda: z.__setitem__(slice(None), 67))
show("0d del", lambda: z.__delitem__(()))
