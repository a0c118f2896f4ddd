import io
cases = [
  ("IOBase.seek", lambda: io.IOBase().seek(0)),
  ("IOBase.truncate", lambda: io.IOBase().truncate()),
  ("IOBase.fileno", lambda: io.IOBase().fileno()),
  ("RawIOBase.read", lambda: io.RawIOBase().read()),
  ("RawIOBase.readinto", lambda: io.RawIOBase().readinto(bytearray(2))),
  ("RawIOBase.write", lambda: io.RawIOBase().write(b"x")),
  ("BufferedIOBase.read", lambda: io.BufferedIOBase().read()),
  ("BufferedIOBase.read1", lambda: io.BufferedIOBase().read1()),
  ("BufferedIOBase.write", lambda: io.BufferedIOBase().write(b"")),
  ("BufferedIOBase.detach", lambda: io.BufferedIOBase().detach()),
  ("TextIOBase.read", lambda: io.TextIOBase().read()),
  ("TextIOBase.write", lambda: io.TextIOBase().write("")),
  ("TextIOBase.readline", lambda: io.TextIOBase().readline()),
  ("TextIOBase.detach", lambda: io.TextIOBase().detach()),
  ("StringIO.fileno", lambda: io.StringIO().fileno()),
  ("BytesIO.fileno", lambda: io.BytesIO().fileno()),
  ("StringIO.detach", lambda: io.StringIO().detach()),
  ("BufferedReader.write", lambda: io.BufferedReader(io.BytesIO(b"ab")).write(b"x")),
  ("BufferedWriter.read", lambda: io.BufferedWriter(io.BytesIO()).read()),
  ("TextIOWrapper.seek", lambda: io.TextIOWrapper(io.BytesIO(b"abc")).seek(1, 1)),
  ("TextIOWrapper.write ro", lambda: io.TextIOWrapper(io.BufferedReader(io.BytesIO(b"abc"))).write("x")),
]
for name, f in cases:
    try:
        print(name, "ok", repr(f()))
    except io.UnsupportedOperation as e:
        print(name, "UnsupportedOperation:", e)
    except Exception as e:
        print(name, type(e).__name__, e)
