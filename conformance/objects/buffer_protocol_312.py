# PEP 688 (3.12): Python classes implementing __buffer__ are accepted wherever bytes-like objects are.
import inspect
class Payload:
    def __init__(self, data):
        self.data = bytearray(data)
        self.released = 0
    def __buffer__(self, flags):
        print("__buffer__ called, writable requested:", bool(flags & inspect.BufferFlags.WRITABLE))
        return memoryview(self.data)
    def __release_buffer__(self, view):
        self.released += 1
p = Payload(b"hello")
print(bytes(p))
with memoryview(p) as m:
    print(m.tobytes(), m.readonly)
print(p.released)
print(b"".join([p, b"!"]), bytearray(p), b"ell" in bytes(p))
import hashlib
print(hashlib.md5(p).hexdigest())
class NotBuffer:
    pass
try:
    memoryview(NotBuffer())
except TypeError as e:
    print(type(e).__name__, e)
class BadBuffer:
    def __buffer__(self, flags):
        return b"not a memoryview"
try:
    memoryview(BadBuffer())
except TypeError as e:
    print(type(e).__name__, e)
from collections.abc import Buffer
print(isinstance(p, Buffer), isinstance(b"x", Buffer), isinstance("x", Buffer), issubclass(bytearray, Buffer))
print(inspect.BufferFlags.SIMPLE, inspect.BufferFlags.WRITABLE.value, type(bytes.__buffer__).__name__)
