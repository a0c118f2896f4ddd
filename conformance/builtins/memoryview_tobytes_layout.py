# tobytes orders, hex, strides and the contiguity flags of sliced, reversed and multi-dimensional views.
def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

m = memoryview(bytes(range(12)))
x = m.cast("B", [3, 4])
show("C", lambda: x.tobytes())
show("F", lambda: x.tobytes("F"))
show("A", lambda: x.tobytes(order="A"))
show("None", lambda: x.tobytes(None))
show("bad order", lambda: x.tobytes("X"))
show("order int", lambda: x.tobytes(1))
show("order lower", lambda: x.tobytes("c"))
r = x[::-1]
show("reversed", lambda: (r.tobytes(), r.tobytes("F"), r.strides, r.shape))
show("reversed flags", lambda: (r.c_contiguous, r.f_contiguous, r.contiguous))
show("x flags", lambda: (x.c_contiguous, x.f_contiguous, x.contiguous))
show("x[::2]", lambda: (x[::2].strides, x[::2].c_contiguous, x[::2].tobytes()))
show("1-D step", lambda: (m[::3].strides, m[::3].c_contiguous, m[::3].f_contiguous, m[::3].tobytes()))
show("1-D one item", lambda: (m[5:6:4].strides, m[5:6:4].c_contiguous, m[5:6:4].tobytes()))
show("1-D empty", lambda: (m[7:2].strides, m[7:2].shape, m[7:2].contiguous, m[7:2].tobytes()))
show("column", lambda: (m.cast("B", [12, 1]).f_contiguous, m.cast("B", [1, 12]).c_contiguous, m.cast("B", [1, 12]).f_contiguous))
show("hex", lambda: (x.hex(), r.hex(":"), r.hex("-", 4), m[::-5].hex()))
show("H views", lambda: (m.cast("H")[::-2].tolist(), m.cast("H")[::-2].strides, m.cast("H")[::-2].tobytes()))
show("I 2d", lambda: (m.cast("I", [1, 3]).tolist(), m.cast("I", [1, 3]).strides, m.cast("I", [3, 1]).tobytes("F")))
show("nbytes", lambda: (x.nbytes, r[1:].nbytes, m.cast("H")[::2].nbytes, m[12:].nbytes))
show("bytes()", lambda: (bytes(r), bytearray(m[::4]), list(m[::-4])))
show("nested slices", lambda: (m[1:11:2][::-1].tolist(), m[::-3][1:].tobytes(), m[2:][2:][2:].tolist()))
show("suboffsets", lambda: (x.suboffsets, m.suboffsets))
