# Low-level descriptors: os.open flags, read/write/lseek/close, errors.
import os
import tempfile

base = tempfile.mkdtemp()
path = os.path.join(base, 'data')
fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(type(fd).__name__, os.write(fd, b'hello '), os.write(fd, bytearray(b'world\n')), os.write(fd, memoryview(b'!')))
os.close(fd)
fd = os.open(path, os.O_RDONLY)
print(os.read(fd, 5), os.read(fd, 100), os.read(fd, 10))
print(os.lseek(fd, 0, os.SEEK_SET), os.read(fd, 3), os.lseek(fd, 0, os.SEEK_CUR), os.lseek(fd, -2, os.SEEK_END), os.read(fd, 5))
try:
    os.write(fd, b'x')
except OSError as e:
    print(type(e).__name__, e.strerror)
os.close(fd)
try:
    os.read(fd, 1)
except OSError as e:
    print(type(e).__name__, e.strerror)
try:
    os.close(fd)
except OSError as e:
    print(type(e).__name__, e.strerror)
fd = os.open(path, os.O_WRONLY | os.O_APPEND)
os.write(fd, b'appended')
os.close(fd)
fd = os.open(path, os.O_RDWR)
print(os.read(fd, 100))
os.lseek(fd, 0, 0)
os.write(fd, b'HELLO')
os.ftruncate(fd, 8)
os.lseek(fd, 0, 0)
print(os.read(fd, 100), os.fstat(fd).st_size)
os.close(fd)
try:
    os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
except FileExistsError as e:
    print('FileExistsError', e.strerror, e.filename == path)
try:
    os.open(os.path.join(base, 'none'), os.O_RDONLY)
except FileNotFoundError as e:
    print('FileNotFoundError', e.strerror)
try:
    os.write(1, 'text')
except TypeError as e:
    print('TypeError', e)
print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
f = os.fdopen(os.open(path, os.O_RDONLY))
print(repr(f.read()))
f.close()
os.remove(path)
os.rmdir(base)
