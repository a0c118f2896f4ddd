# Binary file I/O: seek/tell/whence, partial reads, readinto, truncate, buffering, fileno-free operations.
import os, tempfile
with tempfile.TemporaryDirectory() as tmp:
    p = os.path.join(tmp, "data.bin")
    with open(p, "wb") as f:
        print(f.write(bytes(range(16))), f.tell())
        f.write(b"\xff" * 4)
    with open(p, "rb") as f:
        print(f.read(4), f.tell(), f.seek(10), f.read(2), f.seek(-3, 2), f.read(), f.seek(0, 1), f.read(1), f.read(100))
        f.seek(0)
        buf = bytearray(5)
        print(f.readinto(buf), buf, f.peek(1)[:1] if hasattr(f, "peek") else b"", f.readable(), f.writable(), f.seekable())
    with open(p, "r+b") as f:
        f.seek(2)
        f.write(b"AB")
        f.truncate(8)
    with open(p, "rb") as f:
        print(f.read(), os.path.getsize(p))
    with open(p, "ab") as f:
        print(f.tell())
        f.write(b"END")
    with open(p, "rb") as f:
        data = f.read()
    print(data, len(data))
    with open(p, "rb", buffering=0) as f:
        print(type(f).__name__, f.read(3))
    with open(p, "rb") as f:
        print(type(f).__name__, list(iter(lambda: f.read(4), b"")))
    try:
        with open(p, "rb") as f:
            f.write(b"x")
    except OSError as e:
        print(type(e).__name__, e)
    try:
        with open(p, "rb") as f:
            f.seek(-1)
    except (OSError, ValueError) as e:
        print(type(e).__name__)
    with open(p, "wb") as f:
        pass
    print(os.path.getsize(p))
