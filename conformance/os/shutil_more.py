# conformance: native (errno values)
import os
import shutil
import stat
import tempfile

base = tempfile.mkdtemp()
j = os.path.join
try:
    tool = j(base, "bin", "mytool")
    os.makedirs(os.path.dirname(tool))
    with open(tool, "w") as f:
        f.write("#!/bin/sh\n")
    print(shutil.which("mytool", path=j(base, "bin")) == tool)
    os.chmod(tool, 0o755)
    print(shutil.which("mytool", path=j(base, "bin")) == tool)
    print(shutil.which(b"mytool", path=j(base, "bin")) == os.fsencode(tool))
    print(shutil.which("mytool", path="") is None, shutil.which("nope-nope", path=j(base, "bin")))
    print(shutil.which(tool) == tool, shutil.which(j(base, "bin")) is None)

    usage = shutil.disk_usage(base)
    print(type(usage).__name__, usage._fields, repr(usage).startswith("usage(total="))
    print(usage.total >= usage.used >= 0, usage.total >= usage.free >= 0, usage[0] == usage.total)

    src = j(base, "src")
    os.makedirs(j(src, "sub", "deep"))
    for name in ("a.txt", "b.log", "sub/c.txt", "sub/deep/d.log"):
        with open(j(src, name), "w") as f:
            f.write(name)
    dst = shutil.copytree(src, j(base, "dst"), ignore=shutil.ignore_patterns("*.log"))
    print(dst == j(base, "dst"))
    print(sorted(os.path.relpath(j(d, f), dst) for d, _, fs in os.walk(dst) for f in fs))
    try:
        shutil.copytree(src, dst)
    except FileExistsError as e:
        print("FileExistsError", e.errno)
    shutil.copytree(src, dst, dirs_exist_ok=True)
    print(sorted(os.listdir(dst)))

    try:
        shutil.move(src, j(src, "sub"))
    except shutil.Error as e:
        print("Error", str(e).replace(base, "BASE"))
    try:
        shutil.copyfile(j(src, "a.txt"), j(src, "a.txt"))
    except shutil.SameFileError as e:
        print("SameFileError", str(e).replace(base, "BASE"), isinstance(e, OSError))
    try:
        shutil.copyfile(j(src, "a.txt"), j(base, "missing", "x.txt"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
    try:
        shutil.chown(j(src, "a.txt"))
    except ValueError as e:
        print("ValueError", e)
    os.mkdir(j(base, "dst2"))
    moved = shutil.move(j(src, "a.txt"), j(base, "dst2"))
    print(moved == j(base, "dst2", "a.txt"))
    try:
        shutil.move(j(src, "b.log"), j(base, "dst"))
    except shutil.Error as e:
        print("Error", str(e).replace(base, "BASE"))
    print(shutil.move(j(src, "b.log"), j(base, "renamed.log")) == j(base, "renamed.log"))
    shutil.copymode(tool, j(base, "renamed.log"))
    print(oct(stat.S_IMODE(os.stat(j(base, "renamed.log")).st_mode)))

    os.environ["COLUMNS"], os.environ["LINES"] = "100", "40"
    print(shutil.get_terminal_size())
    os.environ["COLUMNS"] = "junk"
    print(shutil.get_terminal_size((33, 44)).lines)

    calls = []
    shutil.rmtree(j(base, "nothing"), onexc=lambda fn, p, exc: calls.append((fn.__name__, type(exc).__name__)))
    shutil.rmtree(j(base, "nothing"), ignore_errors=True)
    print(calls)
    os.symlink(dst, j(base, "link"))
    try:
        shutil.rmtree(j(base, "link"))
    except OSError as e:
        print("OSError", e)
finally:
    shutil.rmtree(base)
print(os.path.exists(base))
