# OSError: errno/strerror/filename/filename2, the subclass chosen by errno, str forms and attributes.
import errno
for code in [errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EPERM, errno.EISDIR, errno.ENOTDIR, errno.EAGAIN,
             errno.EPIPE, errno.ECONNREFUSED, errno.ECONNRESET, errno.ECONNABORTED, errno.ECHILD, errno.ESRCH,
             errno.EINTR, errno.ETIMEDOUT, errno.EINVAL, errno.EALREADY, errno.EINPROGRESS, errno.EWOULDBLOCK, errno.ESHUTDOWN]:
    e = OSError(code, "text")
    print(type(e).__name__, e.errno == code, e.strerror, str(e) == f"[Errno {code}] text")
e = OSError(errno.ENOENT, "No such file", "f.txt")
print(type(e).__name__, e.errno == errno.ENOENT, e.strerror, e.filename, e.filename2, e.args[1:], str(e).split("] ")[1])
e = OSError(errno.EPERM, "Denied", "a", None, "b")
print(type(e).__name__, e.filename, e.filename2, e.args[1:], str(e).endswith("Denied: 'a' -> 'b'"))
print(str(OSError()), repr(OSError("just")), OSError("just").errno, str(OSError(1)), OSError(1).errno)
print(OSError(1, 2, 3, 4, 5, 6).args, OSError(1, 2, 3, 4, 5, 6).errno)
print(IOError is OSError, EnvironmentError is OSError, type(FileNotFoundError(17, "x")).__name__)
f = FileNotFoundError("plain"); print(f.errno, f.args)
e = OSError("x"); e.errno = 5; e.strerror = "s"; e.filename = "n"; print(e.errno, e.strerror, e.filename, str(e))
class MyOS(OSError):
    pass
print(type(MyOS(2, "x")).__name__, MyOS(2, "x").errno)
print(BlockingIOError(11, "again", 7).characters_written)
b = BlockingIOError(11, "x"); 
try:
    b.characters_written
except AttributeError as a:
    print("AttributeError", a)
