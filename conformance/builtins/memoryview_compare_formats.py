# memoryview equality across formats and shapes, with bytes and arrays of other formats, and hashing rules.
a = memoryview(b"\x01\x00\x02\x00")
print(a == b"\x01\x00\x02\x00", a == bytearray(a), a.cast("h") == a, a.cast("h") == a.cast("H"), a.cast("h").tolist(), a != b"x")
print(a.cast("B", [2, 2]) == a.cast("B", [2, 2]), a.cast("B", [2, 2]) == a, a[::2] == b"\x01\x02", a[::-1].tobytes(), a[1:3] == a[1:3])
f = memoryview(bytes(8)).cast("d")
print(f == f, f.tolist(), memoryview(b"\xff" * 8).cast("d") == memoryview(b"\xff" * 8).cast("d"))
print(a == 1, a == "x", a == [1, 0, 2, 0], hash(a) == hash(b"\x01\x00\x02\x00"), hash(a.cast("h")) == hash(a.tobytes()) if False else "")
try:
    hash(a.cast("h"))
except ValueError as e:
    print("ValueError", e)
print(memoryview(b"ab") < memoryview(b"b") if False else "", a[0], a[-1], a.tolist(), list(a), a.cast("c")[0])
for bad in [lambda: a < a, lambda: a[4], lambda: a["x"], lambda: a[1:2:0], lambda: memoryview(1), lambda: memoryview("s")]:
    try:
        print(bad())
    except (TypeError, IndexError, ValueError) as e:
        print(type(e).__name__, e)
