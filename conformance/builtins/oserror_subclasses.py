# OSError construction: errno/strerror/filename, automatic subclass selection, str forms.
import errno
for code in [errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EISDIR, errno.ENOTDIR, errno.EAGAIN, errno.EPIPE, errno.ECONNREFUSED, errno.ECHILD, errno.ESRCH, errno.EINTR, errno.ETIMEDOUT, 9999]:
    e = OSError(code, "message")
    print(code == e.errno, type(e).__name__, e.strerror)
# errno numbers differ between platforms, so only the text after "[Errno N] " is printed.
def text(err):
    return str(err).split("] ", 1)[1]
e = OSError(errno.ENOENT, "No such file or directory", "missing.txt")
print(type(e).__name__, text(e), e.errno == errno.ENOENT, e.strerror, e.filename, e.filename2, e.args[1:])
e2 = OSError(errno.EPERM, "Operation not permitted", "a", None, "b")
print(type(e2).__name__, text(e2), e2.filename2)
e3 = OSError(errno.EACCES, "denied")
print(type(e3).__name__, text(e3), repr(e3).replace(str(errno.EACCES), "N"))
print(str(OSError()), str(OSError("just message")), OSError("m").errno, str(OSError(1)), OSError(1, 2, 3, 4, 5, 6).args)
print(IOError is OSError, EnvironmentError is OSError, type(FileNotFoundError(errno.EEXIST, "x")).__name__)
try:
    open("definitely_missing_file_xyz.txt")
except FileNotFoundError as err:
    print(type(err).__name__, err.errno == errno.ENOENT, err.filename, err.strerror)
try:
    open(".")
except IsADirectoryError as err:
    print(type(err).__name__, err.filename)
except PermissionError as err:
    print("PermissionError instead", err.filename)
import os
try:
    os.listdir("no_such_directory_xyz")
except OSError as err:
    print(type(err).__name__, err.filename, isinstance(err, FileNotFoundError))
try:
    os.mkdir(".")
except FileExistsError as err:
    print(type(err).__name__, err.filename)
print([c.__name__ for c in BlockingIOError.__mro__])
print(BlockingIOError(11, "x", 5).characters_written)
