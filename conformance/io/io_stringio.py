# io.StringIO: reading, writing, seeking, lines and errors.
import io

s = io.StringIO()
print(s.write('hello\n'), s.write('world'), s.tell(), repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.read(3)), repr(s.read()), repr(s.read()))
s = io.StringIO('a\nb\nc')
print(list(s), s.tell())
s.seek(0)
print(s.readlines(), s.seek(2), repr(s.read(1)))
s = io.StringIO('abcdef')
s.seek(3)
s.write('XY')
print(repr(s.getvalue()), s.tell())
print(s.truncate(4), repr(s.getvalue()), s.tell())
s.seek(10)
s.write('Z')
print(repr(s.getvalue()))
s = io.StringIO('line1\r\nline2\rline3\n', newline=None)
print(repr(s.getvalue()), s.readlines())
s = io.StringIO('x\r\ny', newline='')
print(s.readlines())
s = io.StringIO(newline='\r\n')
s.write('a\nb')
print(repr(s.getvalue()))
print(s.readable(), s.writable(), s.seekable(), s.closed, s.line_buffering, s.newlines)
s.close()
print(s.closed)
for op in [s.getvalue, s.read, lambda: s.write('x'), s.tell, lambda: s.seek(0)]:
    try:
        op()
    except ValueError as e:
        print('ValueError', e)
for bad in [lambda: io.StringIO(5), lambda: io.StringIO().write(b'x'), lambda: io.StringIO('', newline='z'),
            lambda: io.StringIO().seek(-1), lambda: io.StringIO('ab').seek(1, 1), lambda: io.StringIO().truncate(-1)]:
    try:
        bad()
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)
with io.StringIO('ctx') as s:
    print(s.read())
print(s.closed, isinstance(s, io.TextIOBase), isinstance(s, io.IOBase))
print(io.StringIO('abc').read(-1), io.StringIO('abc').read(None), repr(io.StringIO().read()))
