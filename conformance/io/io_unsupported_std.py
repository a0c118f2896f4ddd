import io, sys
for name, call in [("read", lambda: sys.stdout.read()), ("readline", lambda: sys.stdout.readline()),
                   ("readlines", lambda: sys.stdout.readlines()), ("write", lambda: sys.stdin.write("x")),
                   ("buf.read", lambda: sys.stdout.buffer.read()), ("buf.write", lambda: sys.stdin.buffer.write(b"x")),
                   ("fileno", lambda: io.StringIO().fileno()), ("detach", lambda: io.StringIO().detach()),
                   ("bytesio.fileno", lambda: io.BytesIO().fileno())]:
    try:
        r = call()
        print(name, "ok", repr(r))
    except io.UnsupportedOperation as e:
        print(name, type(e).__module__, type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError), e.args)
    except Exception as e:
        print(name, "other", type(e).__name__, e)
print(io.UnsupportedOperation.__mro__)
print(io.UnsupportedOperation.__module__, io.UnsupportedOperation.__qualname__)
import _io
print(_io.UnsupportedOperation is io.UnsupportedOperation)
sys.stdout.flush()
sys.stdout.read()
