# The errno module: names, errorcode, and the errno of raised errors.
import errno
import os

for name in ['ENOENT', 'EEXIST', 'EACCES', 'EBADF', 'EINVAL', 'ENOTDIR', 'EISDIR', 'ENOTEMPTY', 'EPERM', 'EAGAIN']:
    code = getattr(errno, name)
    print(name, type(code).__name__, errno.errorcode[code] == name or errno.errorcode[code], os.strerror(code))
print(len(errno.errorcode) > 70, all(isinstance(k, int) for k in errno.errorcode))
try:
    os.rmdir('/definitely/missing/dir')
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno])
try:
    os.close(987654)
except OSError as e:
    print(e.errno == errno.EBADF, errno.errorcode[e.errno])
