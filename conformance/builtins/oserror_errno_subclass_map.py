# OSError(errno, ...) picks the subclass by errno; attributes, str with filenames, winerror absent.
import errno
for code in [errno.EEXIST, errno.ENOENT, errno.EISDIR, errno.ENOTDIR, errno.EACCES, errno.EPERM, errno.EAGAIN,
             errno.EWOULDBLOCK, errno.EALREADY, errno.EINPROGRESS, errno.ECHILD, errno.EPIPE, errno.ESHUTDOWN,
             errno.ECONNABORTED, errno.ECONNREFUSED, errno.ECONNRESET, errno.EINTR, errno.ESRCH, errno.ETIMEDOUT, errno.EINVAL, 9999]:
    e = OSError(code, "text")
    print(code == 9999 or errno.errorcode[code], type(e).__name__, e.errno == code, e.strerror, e.filename, str(e) == "[Errno %d] text" % code)
e = OSError(errno.ENOENT, "No such file", "a.txt")
print(type(e).__name__, str(e).replace(str(errno.ENOENT), "N"), repr(e).replace(str(errno.ENOENT), "N"), e.args[1:], e.filename)
e = OSError(errno.EXDEV, "Cross-device", "src", None, "dst")
print(type(e).__name__, str(e).replace(str(errno.EXDEV), "N"), e.filename2, e.args[1:])
print(str(OSError()), str(OSError("just msg")), str(OSError(1, 2, 3, 4, 5, 6)), OSError(1, 2, 3, 4, 5, 6).args)
print(type(FileNotFoundError(errno.EEXIST, "x")).__name__, IOError is OSError, EnvironmentError is OSError)
class MyOSError(OSError):
    pass
print(type(MyOSError(errno.ENOENT, "x")).__name__, str(MyOSError(errno.ENOENT, "x", "f")).replace(str(errno.ENOENT), "N"))
e = PermissionError(errno.EACCES, "denied", "f")
e.filename = "g"
e.strerror = "changed"
print(str(e).replace(str(errno.EACCES), "N"), e.characters_written if hasattr(e, "characters_written") else "no cw")
b = BlockingIOError(errno.EAGAIN, "again", 7)
print(b.characters_written, str(b).replace(str(errno.EAGAIN), "N"))
try:
    OSError(1, "x").characters_written
except AttributeError as err:
    print("AttributeError", err)
