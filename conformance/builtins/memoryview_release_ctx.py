# memoryview.release and the context manager: every operation on a released view raises ValueError.
ba = bytearray(b"hello")
m = memoryview(ba)
with m as same:
    print(same is m, bytes(same[1:3]))
print(repr(m).startswith("<released memory"), m == m)
for name, op in [("len", lambda: len(m)), ("getitem", lambda: m[0]), ("tobytes", lambda: m.tobytes()), ("tolist", lambda: m.tolist()),
                 ("format", lambda: m.format), ("nbytes", lambda: m.nbytes), ("cast", lambda: m.cast("B")), ("hex", lambda: m.hex()),
                 ("bytes", lambda: bytes(m)), ("eq", lambda: m == b"hello"), ("hash", lambda: hash(m)), ("iter", lambda: list(m))]:
    try:
        print(name, op())
    except ValueError as e:
        print(name, "ValueError", e)
m.release()
m2 = memoryview(ba)
try:
    ba.append(1)
except BufferError as e:
    print("BufferError", e)
m2.release()
ba.append(33)
print(ba)
m3 = memoryview(b"xyz")
print(m3.obj, m3.readonly, memoryview(ba).readonly, hash(m3) == hash(b"xyz"))
try:
    hash(memoryview(ba))
except ValueError as e:
    print("ValueError", e)
try:
    m3[0] = 1
except TypeError as e:
    print("TypeError", e)
