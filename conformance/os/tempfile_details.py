# conformance: native
# tempfile details: bytes/str inference, wrapper attributes, spooled files' rollover and
# properties, TemporaryDirectory repr/delete/cleanup, mktemp.
import os
import tempfile

base = tempfile.mkdtemp()
print(type(tempfile.mkdtemp(dir=base)).__name__, type(tempfile.mkdtemp(prefix=b'p', dir=os.fsencode(base))).__name__)
for kw in [dict(prefix=b'p', suffix='s'), dict(prefix='p', dir=os.fsencode(base))]:
    try:
        tempfile.mkdtemp(**kw)
    except TypeError as e:
        print('TypeError', e)
fd, p = tempfile.mkstemp(prefix=b'x', dir=os.fsencode(base))
os.close(fd)
print(type(p).__name__, os.path.basename(p).startswith(b'x'), len(os.path.basename(p)))
print(tempfile.gettempprefixb(), tempfile.template)
m = tempfile.mktemp(suffix='.q', dir=base)
print(os.path.exists(m), m.endswith('.q'), os.path.dirname(m) == base)
try:
    tempfile.mkdtemp(dir=os.path.join(base, 'nope'))
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)

f = tempfile.NamedTemporaryFile(dir=base, prefix='n_')
print(os.path.basename(f.name).startswith('n_'), f.file.name == f.name, f.mode)
print(f.write(b'abc'), f.closed, f.__class__.__name__)
f.close()
print(f.closed, os.path.exists(f.name))
f = tempfile.NamedTemporaryFile('w+', dir=base, delete_on_close=False)
f.write('line1\nline2\n')
f.close()
print(os.path.exists(f.name))
f.__exit__(None, None, None)
print(os.path.exists(f.name))
with tempfile.NamedTemporaryFile('w+', dir=base) as f:
    f.write('a\nb\n')
    f.seek(0)
    print(list(f), [line for line in f])
t = tempfile.TemporaryFile('w+', dir=base)
print(t.write('hi'), t.seek(0), t.read())
t.close()

s = tempfile.SpooledTemporaryFile(max_size=5, mode='w+', dir=base)
print(s.write('abc'), s._rolled, s.tell(), s.mode if hasattr(s, 'mode') else None)
print(s.write('defg'), s._rolled)
s.seek(0)
print(s.read(), s.readable(), s.writable(), s.seekable(), s.closed)
s.close()
print(s.closed)
try:
    with s:
        pass
except ValueError as e:
    print('ValueError', e)
s = tempfile.SpooledTemporaryFile(max_size=3)
print(s.write(b'ab'), s.truncate(1), s.getvalue() if hasattr(s, 'getvalue') else None, s._rolled)
s.writelines([b'xx', b'yy'])
print(s._rolled, s.tell())
s.seek(0)
print(s.readline(), s.readlines())
s2 = tempfile.SpooledTemporaryFile()
s2.write(b'q')
print(isinstance(s2.fileno(), int), s2._rolled)
s2.close()
s3 = tempfile.SpooledTemporaryFile(max_size=100)
s3.write(b'0123456789')
print(s3.truncate(50), s3._rolled)
s3.close()

td = tempfile.TemporaryDirectory(dir=base, prefix='td_', suffix='_x')
print(repr(td) == '<TemporaryDirectory %r>' % td.name, os.path.basename(td.name)[:3], td.name.endswith('_x'))
td.cleanup(); td.cleanup()
print(os.path.exists(td.name))
with tempfile.TemporaryDirectory(dir=base, delete=False) as kept:
    pass
print(os.path.isdir(kept))
os.rmdir(kept)
print(tempfile.TemporaryDirectory[int], tempfile.SpooledTemporaryFile.__mro__[1].__name__)
os.remove(p)
import shutil
shutil.rmtree(base)
