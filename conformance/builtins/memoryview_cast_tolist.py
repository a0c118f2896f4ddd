# memoryview.cast between formats and shapes, tolist, tobytes, itemsize/nbytes, and cast errors.
m = memoryview(bytes(range(12)))
for fmt, shape in [("B", None), ("b", None), ("c", None), ("H", None), ("I", None), ("B", [3, 4]), ("B", [2, 2, 3]), ("H", [2, 3])]:
    c = m.cast(fmt) if shape is None else m.cast(fmt, shape)
    print(fmt, shape, c.format, c.itemsize, c.nbytes, c.ndim, c.shape, c.strides, c.tolist() if fmt != "c" else c.tolist()[:3])
x = m.cast("B", [3, 4])
print(x[1, 2], x.tobytes(), x.cast("B").tolist()[:4], x.c_contiguous, x.contiguous)
for args in [("d",), ("B", [5]), ("H", [7]), ("x",), ("B", [0]), ("B", (2, -6))]:
    try:
        print(m.cast(*args))
    except (TypeError, ValueError) as e:
        print(args, type(e).__name__, e)
try:
    memoryview(b"abc").cast("H")
except TypeError as e:
    print("TypeError", e)
try:
    m.cast("H").cast("I")
except TypeError as e:
    print("TypeError", e)
try:
    x[1]
except NotImplementedError as e:
    print("NotImplementedError", e)
print(memoryview(b"ab").cast("c").tolist(), memoryview(bytearray(b"\x01\x00\x02\x00")).cast("h").tolist())
