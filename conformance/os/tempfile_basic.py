# tempfile: mkdtemp, mkstemp, NamedTemporaryFile, TemporaryFile, TemporaryDirectory.
import os
import tempfile

print(os.path.isdir(tempfile.gettempdir()), tempfile.gettempprefix(), type(tempfile.gettempdirb()).__name__)
d = tempfile.mkdtemp(prefix='pre_', suffix='_suf')
name = os.path.basename(d)
print(os.path.isdir(d), os.path.isabs(d), name.startswith('pre_'), name.endswith('_suf'), stat_mode := oct(os.stat(d).st_mode & 0o777))
fd, path = tempfile.mkstemp(suffix='.txt', dir=d)
print(type(fd).__name__, os.path.dirname(path) == d, path.endswith('.txt'), oct(os.stat(path).st_mode & 0o777))
os.write(fd, b'abc')
os.close(fd)
with open(path) as f:
    print(f.read())
with tempfile.NamedTemporaryFile('w+', dir=d, suffix='.log') as f:
    f.write('named')
    f.seek(0)
    print(f.read(), os.path.exists(f.name), f.name.endswith('.log'))
    kept = f.name
print(os.path.exists(kept))
with tempfile.NamedTemporaryFile(dir=d, delete=False) as f:
    f.write(b'kept')
print(os.path.exists(f.name), open(f.name, 'rb').read())
os.remove(f.name)
with tempfile.TemporaryFile(dir=d) as f:
    f.write(b'anonymous')
    f.seek(0)
    print(f.read(), sorted(os.listdir(d)) == [os.path.basename(path)])
with tempfile.TemporaryDirectory(dir=d) as td:
    with open(os.path.join(td, 'inner'), 'w') as f:
        f.write('x')
    os.mkdir(os.path.join(td, 'sub'))
    print(os.path.isdir(td), sorted(os.listdir(td)))
print(os.path.exists(td))
t = tempfile.TemporaryDirectory(dir=d)
print(repr(t).startswith('<TemporaryDirectory '), os.path.isdir(t.name))
t.cleanup()
print(os.path.exists(t.name))
b = tempfile.mkdtemp(dir=os.fsencode(d))
print(type(b).__name__)
os.rmdir(b)
with tempfile.SpooledTemporaryFile(max_size=10, dir=d) as s:
    s.write(b'12345')
    print(s._rolled)
    s.write(b'678901234')
    print(s._rolled, s.tell())
    s.seek(0)
    print(s.read())
os.remove(path)
os.rmdir(d)
