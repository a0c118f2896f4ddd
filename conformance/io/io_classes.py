# The io class hierarchy, FileIO and wrapping layers by hand.
import io
import os
import tempfile

base = tempfile.mkdtemp()
path = os.path.join(base, 'c.txt')
with open(path, 'w') as f:
    print(isinstance(f, io.TextIOWrapper), isinstance(f, io.TextIOBase), isinstance(f, io.IOBase))
    print(isinstance(f.buffer, io.BufferedWriter), isinstance(f.buffer.raw, io.FileIO), f.buffer.raw.mode)
    print(f.name == path, f.line_buffering, f.buffer.name == path)
    f.write('abc')
raw = io.FileIO(path)
print(raw.mode, raw.read(), raw.closefd, raw.readable(), raw.writable())
raw.close()
raw = io.FileIO(path, 'w')
print(raw.mode, raw.write(b'xyz'))
raw.close()
buffered = io.BufferedReader(io.FileIO(path))
text = io.TextIOWrapper(buffered, encoding='utf-8')
print(text.read(), text.encoding, text.buffer is buffered)
text.close()
print(buffered.closed)
raw = io.FileIO(path, 'r+')
print(raw.mode)
raw.close()
with io.FileIO(path, 'a') as raw:
    print(raw.mode, raw.tell())
fd = os.open(path, os.O_RDONLY)
with open(fd, 'rb', closefd=False) as f:
    print(f.read(), f.name == fd)
print(os.read(fd, 1))
os.close(fd)
fd = os.open(path, os.O_RDONLY)
f = open(fd)
f.close()
try:
    os.close(fd)
except OSError as e:
    print('closed with the file:', e.strerror)
try:
    open(path, closefd=False)
except ValueError as e:
    print('ValueError', e)
print(io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.FileIO, io.RawIOBase), issubclass(io.BytesIO, io.BufferedIOBase))
w = io.TextIOWrapper(io.BytesIO(), encoding='utf-8', newline='\r\n')
w.write('a\nb')
w.flush()
print(w.buffer.getvalue())
r = io.TextIOWrapper(io.BytesIO(b'x\ny\n'), encoding='utf-8')
print(r.readlines())
d = io.TextIOWrapper(io.BytesIO(b'z'), encoding='utf-8')
b = d.detach()
print(b.read())
import shutil
shutil.rmtree(base)
