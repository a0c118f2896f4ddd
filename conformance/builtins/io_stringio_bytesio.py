# io.StringIO and io.BytesIO: read/write/seek/tell, readline(s), newline handling, closed state.
import io
s = io.StringIO()
print(s.write("hello\n"), s.write("world"), s.tell(), repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.read(3)), repr(s.read()), repr(s.read()), s.tell())
s.seek(2); s.write("XY"); print(repr(s.getvalue()))
s.truncate(4); print(repr(s.getvalue()), s.tell())
r = io.StringIO("l1\nl2\r\nl3")
print(r.readlines(), io.StringIO("a\nb").read().splitlines(), list(io.StringIO("x\ny\n")))
print(repr(io.StringIO("a\r\nb", newline=None).read()), repr(io.StringIO("a\r\nb", newline="").read()))
b = io.BytesIO(b"\x00\x01binary")
print(b.read(2), b.read(), b.seek(0, 2), b.tell(), b.write(b"!"), b.getvalue(), b.getbuffer().nbytes)
b.seek(0)
print(b.readline(), io.BytesIO(b"a\nb\n").readlines())
s.close()
print(s.closed)
try:
    s.write("x")
except ValueError as e:
    print(type(e).__name__, e)
try:
    io.StringIO().write(b"bytes")
except TypeError as e:
    print(type(e).__name__, e)
try:
    io.BytesIO().write("str")
except TypeError as e:
    print(type(e).__name__, e)
with io.StringIO("ctx") as f:
    print(f.read(), f.readable(), f.writable(), f.seekable())
print(f.closed)
t = io.TextIOWrapper(io.BytesIO("é\n".encode("utf-8")), encoding="utf-8")
print(repr(t.read()), t.encoding)
print(io.StringIO("abc").read(-1), io.StringIO().read(), repr(io.StringIO("x").readline(0)))
