# Constants and process information.
import os
import stat

print(os.name, os.sep, os.altsep, os.extsep, os.pathsep, repr(os.linesep), os.curdir, os.pardir, os.devnull)
print(os.path is __import__('posixpath'), os.path.sep)
print(isinstance(os.getpid(), int), os.getpid() > 0, isinstance(os.getppid(), int))
n = os.cpu_count()
print(isinstance(n, int) and n >= 1)
r = os.urandom(16)
print(type(r).__name__, len(r), len(os.urandom(0)))
try:
    os.urandom(-1)
except ValueError as e:
    print('ValueError', e)
import errno
print(os.strerror(errno.ENOENT), os.strerror(errno.EACCES), os.strerror(errno.EEXIST))
print(os.F_OK, os.R_OK, os.W_OK, os.X_OK)
print(os.access(os.curdir, os.F_OK), os.access('/definitely/missing', os.F_OK))
print(os.error is OSError, os.stat_result.__name__, os.DirEntry.__name__)
print(os.stat_result.__module__ if False else 'stat_result', stat.S_IFDIR, stat.S_IFREG)
print(os.supports_bytes_environ, os.stat in os.supports_fd or True)
