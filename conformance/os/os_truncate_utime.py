# conformance: native
# truncate, utime (times and ns), chmod and access.
import os
import stat
import tempfile

base = tempfile.mkdtemp()
path = os.path.join(base, 'f')
with open(path, 'wb') as f:
    f.write(b'0123456789')
os.truncate(path, 4)
print(open(path, 'rb').read(), os.path.getsize(path))
os.truncate(path, 6)
print(open(path, 'rb').read())
os.utime(path, (1000000000, 1200000000))
st = os.stat(path)
print(st.st_mtime, st[8], st.st_atime)
os.utime(path, ns=(5 * 10**9, 7 * 10**9 + 500))
print(os.stat(path).st_mtime_ns, os.path.getmtime(path))
try:
    os.utime(path, (1, 2, 3))
except TypeError as e:
    print('TypeError', e)
os.chmod(path, 0o600)
print(oct(stat.S_IMODE(os.stat(path).st_mode)), stat.filemode(os.stat(path).st_mode))
os.chmod(path, 0o755)
print(oct(stat.S_IMODE(os.stat(path).st_mode)), os.access(path, os.R_OK | os.W_OK))
try:
    os.chmod(os.path.join(base, 'missing'), 0o600)
except FileNotFoundError as e:
    print('FileNotFoundError', e.strerror)
try:
    os.truncate(os.path.join(base, 'missing'), 0)
except FileNotFoundError as e:
    print('FileNotFoundError', e.strerror)
os.remove(path)
os.rmdir(base)
