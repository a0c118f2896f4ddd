# conformance: native
# Descriptor arguments: which errors name the fd (CPython's path_error) and which name nothing,
# and -1, C's 'no descriptor'. (WebAssembly's CPython aborts on chmod(-1).)
import os
for name, f in [("stat", lambda: os.stat(12345)), ("listdir", lambda: os.listdir(12345)), ("scandir", lambda: os.scandir(12345)),
                ("chmod", lambda: os.chmod(12345, 0o644)), ("chdir", lambda: os.chdir(12345)), ("truncate", lambda: os.truncate(12345, 0)),
                ("utime", lambda: os.utime(12345)), ("fstat", lambda: os.fstat(12345)), ("close", lambda: os.close(12345)),
                ("read", lambda: os.read(12345, 1))]:
    try:
        f()
        print(name, "ok")
    except OSError as e:
        print(name, type(e).__name__, e.strerror, repr(e.filename))
for name, f in [("stat", lambda: os.stat(-1)), ("listdir", lambda: os.listdir(-1)), ("scandir", lambda: type(os.scandir(-1)).__name__),
                ("chmod", lambda: os.chmod(-1, 0o644)), ("chdir", lambda: os.chdir(-1)), ("truncate", lambda: os.truncate(-1, 0)),
                ("stat2", lambda: os.stat(-5)), ("listdir2", lambda: os.listdir(-5)), ("big", lambda: os.stat(2**40))]:
    try:
        r = f()
        print(name, "ok", r if name == "scandir" else "")
    except (OSError, OverflowError, ValueError) as e:
        print(name, type(e).__name__, e)
