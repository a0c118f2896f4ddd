# listdir and scandir: names, DirEntry methods, bytes paths, errors.
import os
import stat
import tempfile

base = tempfile.mkdtemp()
os.mkdir(os.path.join(base, 'dir'))
for name, size in [('a.txt', 3), ('b.bin', 10)]:
    with open(os.path.join(base, name), 'wb') as f:
        f.write(b'x' * size)
print(sorted(os.listdir(base)))
print(sorted(os.listdir(os.fsencode(base))))
entries = sorted(os.scandir(base), key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, e.path == os.path.join(base, e.name), e.is_dir(), e.is_file(), e.is_symlink())
    st = e.stat()
    print('  ', stat.S_ISDIR(st.st_mode), st.st_size if e.is_file() else '-', type(e.inode()).__name__)
print(os.fspath(entries[0]) == entries[0].path, isinstance(entries[0], os.PathLike))
with os.scandir(base) as it:
    print(type(it).__name__, sorted(e.name for e in it))
it = os.scandir(base)
it.close()
print(list(it))
print(sorted(e.name for e in os.scandir(os.fsencode(base))))
old = os.getcwd()
os.chdir(base)
print(sorted(os.listdir()), sorted(e.path for e in os.scandir()))
os.chdir(old)
for bad in [os.path.join(base, 'missing'), os.path.join(base, 'a.txt')]:
    for func in (os.listdir, os.scandir):
        try:
            func(bad)
        except OSError as e:
            print(func.__name__, type(e).__name__, e.strerror, e.filename == bad)
try:
    os.listdir(3.5)
except TypeError as e:
    print('TypeError', e)
import shutil
shutil.rmtree(base)
