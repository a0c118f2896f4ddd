# Text file I/O in a temporary directory: modes, encodings, newlines, iteration, errors.
import os, tempfile
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "notes.txt")
    with open(path, "w", encoding="utf-8") as f:
        print(f.write("first line\n"), f.write("café ☕\n"), f.mode, f.name == path, f.encoding)
        f.writelines(["third\n", "fourth"])
    with open(path, encoding="utf-8") as f:
        print(repr(f.read()))
    with open(path, encoding="utf-8") as f:
        print([line.rstrip("\n") for line in f])
    with open(path, "a", encoding="utf-8") as f:
        f.write("\nappended")
    with open(path, encoding="utf-8") as f:
        print(f.readline(), end="")
        print(repr(f.readline()), len(f.readlines()))
    with open(path, "rb") as f:
        raw = f.read()
    print(len(raw), raw[:11], raw.count(b"\n"))
    crlf = os.path.join(tmp, "crlf.txt")
    with open(crlf, "w", newline="\r\n") as f:
        f.write("a\nb\n")
    with open(crlf, "rb") as f:
        print(f.read())
    with open(crlf, newline="") as f:
        print(repr(f.read()))
    with open(crlf) as f:
        print(repr(f.read()))
    with open(path, "r+", encoding="utf-8") as f:
        f.seek(0)
        f.write("FIRST")
    with open(path, encoding="utf-8") as f:
        print(f.readline().strip())
    with open(path, "x" if False else "w", encoding="latin-1") as f:
        f.write("naïve")
    with open(path, "rb") as f:
        print(f.read())
    try:
        open(path, encoding="ascii").read()
    except UnicodeDecodeError as e:
        print(type(e).__name__, e.reason)
    with open(path, encoding="ascii", errors="replace") as f:
        print(f.read())
    try:
        open(path, "x")
    except FileExistsError as e:
        print(type(e).__name__, os.path.basename(e.filename))
    for bad in [lambda: open(path, "rw"), lambda: open(path, "rb", encoding="utf-8"), lambda: open(path, "q")]:
        try:
            bad()
        except ValueError as e:
            print(type(e).__name__, e)
    f = open(path)
    f.close()
    try:
        f.read()
    except ValueError as e:
        print(type(e).__name__, e)
    print(sorted(os.listdir(tmp)), os.path.getsize(path), os.path.exists(path))
    os.remove(path)
    print(os.path.exists(path))
