# os.stat / lstat / fstat: stat_result fields, indexing and errors.
import os
import stat
import tempfile

base = tempfile.mkdtemp()
path = os.path.join(base, 'f.txt')
with open(path, 'w') as f:
    f.write('hello world')
st = os.stat(path)
print(type(st).__name__, len(st), st.st_size, st[6], st[stat.ST_SIZE])
print(stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), stat.S_IMODE(st.st_mode) & 0o400 != 0)
print(isinstance(st.st_mtime, float), isinstance(st[8], int), st[8] == int(st.st_mtime))
print(st.st_mtime_ns // 10**9 == st[8], st.st_nlink, st.st_ino == st[1], st.st_dev == st[2])
print(tuple(st)[6], st[-4], st[1:3] == (st.st_ino, st.st_dev))
dst = os.stat(base)
print(stat.S_ISDIR(dst.st_mode), stat.filemode(dst.st_mode)[0])
fd = os.open(path, os.O_RDONLY)
fst = os.fstat(fd)
print(fst.st_size, fst.st_ino == st.st_ino)
os.close(fd)
print(os.stat(fd if False else path).st_size == os.lstat(path).st_size)


class P:
    def __fspath__(self):
        return path


print(os.stat(P()).st_size)
for bad in [os.path.join(base, 'nope'), '']:
    try:
        os.stat(bad)
    except FileNotFoundError as e:
        print('FileNotFoundError', e.strerror, e.filename == bad)
try:
    os.stat(None)
except TypeError as e:
    print('TypeError', e)
try:
    os.stat('a\0b')
except ValueError as e:
    print('ValueError', e)
try:
    st.st_size = 3
except AttributeError as e:
    print('AttributeError')
os.remove(path)
os.rmdir(base)
