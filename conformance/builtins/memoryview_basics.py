# memoryview: slicing without copies, formats, casting, release, tolist/tobytes/hex.
data = bytearray(b"abcdefgh")
mv = memoryview(data)
print(mv.nbytes, mv.itemsize, mv.format, mv.ndim, mv.shape, mv.strides, mv.readonly, mv.obj is data)
part = mv[2:5]
part[0] = ord("C")
print(data, bytes(part), part.tobytes(), part.hex(), part.tolist(), len(part))
mv[-1:] = b"H"
print(data, mv[::2].tobytes(), mv[1] , mv[-1])
ints = memoryview(bytearray(8)).cast("I")
ints[0] = 1
ints[1] = 0xFFFFFFFF
print(ints.tolist(), ints.itemsize, ints.format, bytes(ints.obj) == bytes(ints.cast("B")))
ro = memoryview(b"read only")
print(ro.readonly, ro[0:4].tobytes())
for bad in [lambda: ro.__setitem__(0, 65), lambda: mv.__setitem__(0, 256), lambda: mv.__setitem__(slice(0, 2), b"xyz"), lambda: memoryview("str"), lambda: mv[100], lambda: mv[::2].cast("B")]:
    try:
        print(bad())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
with memoryview(b"ctx") as m:
    print(m.tobytes())
try:
    m.tobytes()
except ValueError as e:
    print(type(e).__name__, e)
print(memoryview(b"ab") == b"ab", memoryview(b"ab") == memoryview(b"ab"), memoryview(b"ab") != b"ac")
try:
    hash(memoryview(bytearray(b"x")))
except ValueError as e:
    print(type(e).__name__, e)
print(hash(memoryview(b"x")) == hash(b"x"))
m2 = memoryview(bytearray(b"xy"))
print(bytes(m2), bytearray(m2), list(m2), b"".join([m2, b"z"]))
