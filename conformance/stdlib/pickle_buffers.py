# Protocol 5 buffers: PickleBuffer in band (bytes or bytearray opcodes) and out of band (NEXT_BUFFER/READONLY_BUFFER).
import pickle
print(pickle.dumps(pickle.PickleBuffer(bytearray(b"abc")), 5), pickle.dumps(pickle.PickleBuffer(b"xyz"), 5))
print(pickle.dumps(bytearray(b"ba"), 5), pickle.dumps([bytearray(b"q")] * 2, 5))
bufs = []
data = pickle.dumps([pickle.PickleBuffer(b"q"), pickle.PickleBuffer(bytearray(b"w"))], 5, buffer_callback=bufs.append)
print(data, len(bufs))
back = pickle.loads(data, buffers=bufs)
print(type(back[0]).__name__, bytes(back[0].raw()), bytes(back[1].raw()))
kept = pickle.dumps(pickle.PickleBuffer(b"in"), 5, buffer_callback=lambda b: True)
print(kept, pickle.loads(kept))
for bad in [lambda: pickle.dumps(pickle.PickleBuffer(b"a"), 4), lambda: pickle.loads(data),
            lambda: pickle.loads(data, buffers=[]), lambda: pickle.dumps(1, 4, buffer_callback=len)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
