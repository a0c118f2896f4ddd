# OSError subclasses by errno, their attributes and str.
import errno
import os

cases = [(errno.ENOENT, FileNotFoundError), (errno.EEXIST, FileExistsError), (errno.EACCES, PermissionError),
         (errno.EISDIR, IsADirectoryError), (errno.ENOTDIR, NotADirectoryError), (errno.EAGAIN, BlockingIOError),
         (errno.EPIPE, BrokenPipeError), (errno.ECHILD, ChildProcessError), (errno.EINTR, InterruptedError),
         (errno.ESRCH, ProcessLookupError), (errno.ETIMEDOUT, TimeoutError), (errno.ECONNREFUSED, ConnectionRefusedError)]
for code, cls in cases:
    e = OSError(code, os.strerror(code))
    print(type(e) is cls, e.errno == code, e.strerror == os.strerror(code), e.filename)
e = OSError(errno.ENOENT, 'No such file or directory', 'name.txt')
print(type(e).__name__, e.filename, e.args[1])
print(str(e).endswith("No such file or directory: 'name.txt'"))
e2 = OSError(errno.EXDEV, 'Invalid cross-device link', 'a', None, 'b')
print(e2.filename, e2.filename2, str(e2).endswith(": 'a' -> 'b'"))
try:
    open('/definitely/not/here.txt')
except OSError as e:
    print(type(e).__name__, e.errno == errno.ENOENT, e.strerror, e.filename)
try:
    os.listdir('/definitely/not/here')
except FileNotFoundError as e:
    print(isinstance(e, OSError), e.filename)
print(errno.errorcode[errno.ENOENT], errno.errorcode[errno.EEXIST], errno.EWOULDBLOCK == errno.EAGAIN)
print(issubclass(FileNotFoundError, OSError), EnvironmentError is OSError, IOError is OSError)
print(OSError('just a message'), OSError(1), type(OSError(errno.ENOENT, 'x')).__name__)
