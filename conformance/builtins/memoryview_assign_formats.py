# Storing items through a memoryview of each native format: accepted types, range errors, and exact messages.
class Idx:
    def __index__(self):
        return 7

class Flt:
    def __float__(self):
        return 2.5

buf = bytearray(16)
values = [True, 1.5, Idx(), Flt(), "x", b"a", b"ab", bytearray(b"a"), -1, 255, 256, 65536, 2**31, 2**64, None]
for fmt in "BbcHhIiQqdfe":
    m = memoryview(buf).cast(fmt)
    row = []
    for v in values:
        try:
            m[0] = v
            row.append(repr(m[0]))
        except (TypeError, ValueError) as e:
            row.append(type(e).__name__[0] + ":" + str(e).split()[2])
    print(fmt, " ".join(row))

q = memoryview(bytearray(1)).cast("?")
for v in [True, 0, 5, "", "x", None, [], [0]]:
    q[0] = v
    print("?", repr(v), q[0])
e = memoryview(bytearray(2)).cast("e")
for v in [65504.0, 1e5, float("inf"), -2.5, 1e-8]:
    try:
        e[0] = v
        print("e", v, e[0])
    except ValueError as err:
        print("e", v, "ValueError", err)
