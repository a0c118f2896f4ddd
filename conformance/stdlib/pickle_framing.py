# Protocol 4 and 5 framing of large pickles (64 KiB frames, large payloads outside frames, batches of 1000).
import pickle
def show(data):
    return len(data), data[:24], data[-24:]
objs = [
    ["x" * 100 + str(i) for i in range(1300)],
    {"s%d" % i: "v" * 200 for i in range(400)},
    ["z" * 70000, "w" * 300, b"b" * 300, b"q" * 66000, bytearray(b"r" * 65536)],
    [[j for j in range(1100)] for i in range(25)],
    "u" * 65536,
    set(range(2100)),
]
for o in objs:
    for proto in (3, 4, 5):
        data = pickle.dumps(o, proto)
        print(proto, show(data), pickle.loads(data) == o)
big = pickle.dumps(objs[0], 4)
starts = []
at = 2
while big[at:at + 1] == pickle.FRAME:
    size = int.from_bytes(big[at + 1:at + 9], "little")
    starts.append((at, size))
    at += 9 + size
print(starts, at == len(big))
