# A memoryview the program drops without release() stops holding its bytearray, as when CPython frees it.
ba = bytearray(b"hello")

def peek(buf, lo, hi):
    return bytes(memoryview(buf)[lo:hi])

print(peek(ba, 1, 3))
ba.extend(b" world")
print(ba)

view = memoryview(ba)
total = sum(view[:5])
view = None
ba.append(33)
print(total, ba)

for i in range(3):
    v = memoryview(ba)[i:]
    first = v[0]
    del v
    del ba[0]
    print(first, ba)

kept = memoryview(ba)
try:
    ba.append(1)
except BufferError as e:
    print("BufferError", e)
kept.release()
ba.append(46)
print(ba)
