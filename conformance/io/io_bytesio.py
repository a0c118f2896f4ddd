# io.BytesIO: reading, writing, seeking, getbuffer and errors.
import io

b = io.BytesIO()
print(b.write(b'hello '), b.write(bytearray(b'world')), b.tell(), b.getvalue())
b.seek(0)
print(b.read(5), b.read1(1), b.read(), b.read())
b = io.BytesIO(b'line1\nline2\nlast')
print(b.readline(), b.readline(2), list(b), b.tell())
b.seek(0)
print(b.readlines())
b = io.BytesIO(b'abcdef')
print(b.seek(2), b.write(b'ZZ'), b.getvalue(), b.seek(0, 2), b.seek(-2, 2), b.read())
print(b.seek(10), b.write(b'!'), b.getvalue())
print(b.truncate(3), b.getvalue(), b.tell())
buf = bytearray(4)
b = io.BytesIO(b'xyz')
print(b.readinto(buf), buf)
v = io.BytesIO(b'0123').getbuffer()
print(type(v).__name__, bytes(v), len(v))
b = io.BytesIO(b'data')
print(b.readable(), b.writable(), b.seekable(), b.closed, isinstance(b, io.BufferedIOBase))
b.close()
for op in [b.getvalue, b.read, lambda: b.write(b'x'), b.tell, lambda: b.seek(0)]:
    try:
        op()
    except ValueError as e:
        print('ValueError', e)
for bad in [lambda: io.BytesIO('str'), lambda: io.BytesIO().write('s'), lambda: io.BytesIO().seek(-1),
            lambda: io.BytesIO().seek(0, 3), lambda: io.BytesIO().seek(1.5), lambda: io.BytesIO().truncate(-1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
with io.BytesIO(b'ctx') as b:
    print(b.read())
print(b.closed)
