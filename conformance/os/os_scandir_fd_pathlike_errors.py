import os, pathlib, tempfile
d = tempfile.mkdtemp()
for n in ("b.txt", "a.txt"):
    open(os.path.join(d, n), "w").close()
os.mkdir(os.path.join(d, "sub"))
fd = os.open(d, os.O_RDONLY)
with os.scandir(fd) as it:
    es = sorted(it, key=lambda e: e.name)
for e in es:
    print(e.name, repr(e.path), e.is_dir(), e.is_file(), e.is_symlink())
print(repr(es[0]).startswith("<DirEntry"))
print(sorted(os.listdir(fd)))
try:
    es[0].stat()
    print("stat ok", es[0].stat().st_size)
except Exception as ex:
    print(type(ex).__name__, ex)
os.close(fd)
for bad in (12345,):
    try:
        os.scandir(bad)
    except OSError as ex:
        print(type(ex).__name__, ex.strerror, ex.filename)
for p in (pathlib.Path(d) / "nope", os.path.join(d, "nope"), os.fsencode(os.path.join(d, "nope"))):
    for f in (os.stat, os.listdir, os.scandir, os.remove, os.rmdir, lambda x: open(x), os.lstat, os.chdir):
        try:
            f(p)
        except OSError as ex:
            fn = ex.filename
            print(type(ex).__name__, type(fn).__name__, fn == p, ex.filename2)
try:
    os.rename(pathlib.Path(d) / "nope", pathlib.Path(d) / "nope2")
except OSError as ex:
    print(type(ex.filename).__name__, type(ex.filename2).__name__)
try:
    os.scandir(3.5)
except TypeError as ex:
    print(ex)
try:
    os.scandir(fd)
except OSError as ex:
    print(type(ex).__name__, ex.strerror, ex.filename)
import shutil
shutil.rmtree(d)
print(os.path.exists(d))
