# sys.stdout.buffer and sys.stdin.buffer: bytes beside text, flushing order.
import sys

print(type(sys.stdout.buffer).__name__, sys.stdout.buffer.mode, sys.stdin.buffer.mode)
sys.stdout.flush()
sys.stdout.buffer.write(b'raw bytes\n')
print('text after flush')
sys.stdout.flush()
print(sys.stdout.buffer.write(bytearray(b'ba\n')))
sys.stdout.flush()
try:
    sys.stdout.buffer.write('str')
except TypeError as e:
    print('TypeError', e)
print(sys.stdin.buffer.readline(), sys.stdin.buffer.read())
print(sys.stdout.buffer.fileno(), sys.stdin.buffer.fileno(), sys.stdout.buffer.name, sys.stdout.buffer.closed)
