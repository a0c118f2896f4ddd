# Binary files: read/write, seek/tell, readinto, truncate, r+b, append.
import io
import os
import tempfile

base = tempfile.mkdtemp()
path = os.path.join(base, 'b.bin')
with open(path, 'wb') as f:
    print(type(f).__name__, f.write(b'0123456789'), f.write(bytearray(b'ab')), f.write(memoryview(b'cd')), f.tell())
with open(path, 'rb') as f:
    print(type(f).__name__, f.read(3), f.tell(), f.read(0), f.seek(5), f.read(2), f.seek(-3, 2), f.read())
    print(f.seek(2, 0), f.seek(2, 1), f.read1(2), f.readline(), f.read(), f.read(5))
    buf = bytearray(4)
    f.seek(0)
    print(f.readinto(buf), buf, f.tell())
with open(path, 'r+b') as f:
    f.seek(2)
    f.write(b'XY')
    print(f.tell(), f.read(3))
    f.seek(0)
    print(f.read())
    print(f.truncate(5), f.tell())
    f.seek(0)
    print(f.read())
with open(path, 'ab') as f:
    print(f.tell(), f.write(b'++'), f.tell())
with open(path, 'rb') as f:
    print(f.read(), f.fileno() >= 3, f.isatty(), f.name == path, f.mode)
with open(path, 'wb') as f:
    f.write(b'line1\nline2\n\nline4')
with open(path, 'rb') as f:
    print(list(f))
with open(path, 'rb') as f:
    print(f.readlines(), f.readline())
with open(path, 'w+b') as f:
    f.write(b'abcdef')
    f.seek(0)
    print(f.read(2), f.tell())
    f.write(b'ZZ')
    f.seek(0)
    print(f.read())
try:
    open(path, 'rb').write(b'x')
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e, isinstance(e, OSError), isinstance(e, ValueError))
try:
    open(path, 'wb').write('text')
except TypeError as e:
    print('TypeError', e)
with open(path, 'rb') as f:
    pass
for op in [lambda: f.read(), lambda: f.seek(0), lambda: f.tell()]:
    try:
        op()
    except ValueError as e:
        print('ValueError', e)
with open(path, 'rb', buffering=0) as f:
    print(type(f).__name__, f.read(3), f.readall())
import shutil
shutil.rmtree(base)
